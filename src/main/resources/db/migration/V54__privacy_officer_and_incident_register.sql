-- The privacy officer (Law 25 s. 3.1) is a role of its own
alter table user_account drop constraint user_account_role_check;
alter table user_account add constraint user_account_role_check
    check (role in ('ADMIN', 'COORDINATOR', 'REFERRAL_PARTNER', 'MENTOR', 'MENTEE', 'EMPLOYER', 'FUNDER',
                    'PRIVACY_OFFICER'));

-- The register of confidentiality incidents (Law 25 s. 3.5–3.8)
create table privacy_incident (
    id                         uuid primary key,
    version                    bigint      not null,
    what_happened              text        not null check (length(btrim(what_happened)) > 0),
    information_concerned      text        not null check (length(btrim(information_concerned)) > 0),
    persons_count              integer     not null check (persons_count >= 0),
    persons_description        text        not null check (length(btrim(persons_description)) > 0),
    occurred_on                date        not null,
    known_on                   date        not null check (known_on >= occurred_on),
    sensitivity                text        not null check (sensitivity in ('LOW', 'MODERATE', 'HIGH')),
    consequences               text        not null check (length(btrim(consequences)) > 0),
    likelihood                 text        not null check (likelihood in ('LOW', 'MODERATE', 'HIGH')),
    serious_risk               boolean     not null,
    reasoning                  text        not null check (length(btrim(reasoning)) > 0),
    commission_notice_planned  date,
    commission_notice_sent     date,
    commission_notice_means    text        check (commission_notice_means in ('ONLINE_FORM', 'EMAIL', 'LETTER', 'PHONE', 'IN_PERSON', 'PUBLIC_NOTICE')),
    persons_notice_planned     date,
    persons_notice_sent        date,
    persons_notice_means       text        check (persons_notice_means in ('ONLINE_FORM', 'EMAIL', 'LETTER', 'PHONE', 'IN_PERSON', 'PUBLIC_NOTICE')),
    closed_on                  date,
    recorded_by                uuid        not null constraint privacy_incident_recorded_by_fk references user_account (id),
    recorded_at                timestamptz not null,
    -- a notice sent says how; a serious risk plans (or has sent) both notices
    check ((commission_notice_sent is null) = (commission_notice_means is null)),
    check ((persons_notice_sent is null) = (persons_notice_means is null)),
    check (not serious_risk or ((commission_notice_planned is not null or commission_notice_sent is not null)
                                and (persons_notice_planned is not null or persons_notice_sent is not null))),
    check (closed_on is null or closed_on >= known_on)
);
create index privacy_incident_open on privacy_incident (closed_on nulls first, known_on desc);

-- What was done about an incident, in order
create table privacy_incident_measure (
    incident_id uuid    not null constraint privacy_incident_measure_incident_fk references privacy_incident (id),
    position    integer not null,
    taken_on    date    not null,
    description text    not null check (length(btrim(description)) > 0),
    primary key (incident_id, position)
);
