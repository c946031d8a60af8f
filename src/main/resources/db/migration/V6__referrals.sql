-- When a participation took its current status: retention of applications not selected counts from it
alter table participant_participation add column status_since date;
update participant_participation set status_since = since;
alter table participant_participation alter column status_since set not null;

-- Referrals of clients by partner agencies (R-REF-1..3)
create table referral (
    id                  uuid primary key,
    version             bigint      not null,
    program_id          uuid        not null references program (id),
    agency_id           uuid        not null references organisation (id),
    participant_id      uuid references participant (id) on delete set null, -- cleared when the application is destroyed
    status              text        not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ADMITTED',
                                                               'NOT_SELECTED', 'WITHDRAWN')),
    consent_to_share    boolean     not null,
    consent_recorded_at timestamptz,
    readiness_notes     text,
    return_message      text,
    created_at          timestamptz not null,
    created_by          uuid        not null,
    submitted_at        timestamptz,
    decided_at          timestamptz
);
create index referral_by_agency on referral (agency_id, created_at);
create index referral_by_program on referral (program_id, status);
create index referral_by_participant on referral (participant_id);

-- Every change of a referral's state, dated and attributed
create table referral_event (
    referral_id uuid        not null references referral (id) on delete cascade,
    position    integer     not null,
    at          timestamptz not null,
    by_user     uuid        not null,
    from_status text,
    to_status   text        not null,
    note        text,
    primary key (referral_id, position)
);

-- The criteria a returned referral failed, as they were described to the agency
create table referral_return_reason (
    referral_id uuid    not null references referral (id) on delete cascade,
    position    integer not null,
    reason      text    not null,
    primary key (referral_id, position)
);

-- Documents attached to a referral (a CV), checked by content, size-limited
create table referral_document (
    id           uuid primary key,
    referral_id  uuid        not null references referral (id) on delete cascade,
    file_name    text        not null,
    content_type text        not null check (content_type in ('application/pdf', 'application/msword',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size         integer     not null check (size between 1 and 5242880),
    content      bytea       not null,
    uploaded_at  timestamptz not null,
    uploaded_by  uuid        not null
);
create index referral_document_by_referral on referral_document (referral_id);
