-- Requests a person makes about their personal information (Law 25 ss. 27–32, PIPEDA principle 9):
-- access, rectification, portability, withdrawal of consent, deletion. Recorded on their behalf by a
-- coordinator or the privacy officer with the day received; the answer is due within 30 days of it.
create table data_request (
    id             uuid primary key,
    version        bigint      not null,
    participant_id uuid        not null constraint data_request_participant_fk references participant (id) on delete cascade,
    kind           text        not null check (kind in ('ACCESS', 'RECTIFICATION', 'PORTABILITY', 'WITHDRAWAL', 'DELETION')),
    received_on    date        not null,
    received_how   text        not null check (received_how in ('ONLINE_FORM', 'EMAIL', 'LETTER', 'PHONE', 'IN_PERSON')),
    -- computed from the day received, never typed
    deadline       date        not null,
    details        text        check (length(details) <= 4000),
    recorded_by    uuid        not null constraint data_request_recorded_by_fk references user_account (id),
    recorded_at    timestamptz not null,
    exported_at    timestamptz,
    answered_on    date,
    outcome        text        check (outcome in ('GRANTED', 'PARTLY_GRANTED', 'REFUSED')),
    response       text        check (length(response) <= 4000),
    refusal_reason text        check (length(refusal_reason) <= 4000),
    answered_by    uuid        constraint data_request_answered_by_fk references user_account (id),
    answered_at    timestamptz,
    check (deadline = received_on + 30),
    check (kind <> 'RECTIFICATION' or length(btrim(details)) > 0),
    check ((answered_on is null) = (outcome is null)),
    check ((answered_on is null) = (answered_by is null)),
    check ((answered_on is null) = (answered_at is null)),
    check (answered_on is null or answered_on >= received_on),
    check (outcome is null or outcome = 'GRANTED' or length(btrim(refusal_reason)) > 0)
);
create index data_request_open on data_request (deadline) where answered_on is null;
create index data_request_by_participant on data_request (participant_id, received_on desc);
