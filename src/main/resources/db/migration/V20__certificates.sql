-- Completion certificates (R-MEN-8): what a certificate printed stays as it was printed — the
-- person's name, the program, the organisation, the hours and weeks — so that its verification
-- code answers the same years later. A revoked certificate is kept, with why.
create table certificate (
    id                uuid primary key,
    version           bigint       not null,
    code              text         not null unique check (code ~ '^PSR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'),
    mentorship_id     uuid         not null references mentorship (id) on delete cascade,
    participant_id    uuid         not null references participant (id) on delete cascade,
    program_id        uuid         not null references program (id),
    person_name       text         not null,
    program_name      text         not null,
    organisation_name text         not null,
    basis             text         not null check (basis in ('HOURS_AND_SESSIONS', 'JOB_IN_FIELD', 'ACADEMIC_ADMISSION')),
    hours             numeric(7, 1) not null check (hours >= 0),
    weeks             integer      not null check (weeks >= 0),
    started_on        date         not null,
    completed_on      date         not null check (completed_on >= started_on),
    issued_on         date         not null,
    issued_by         uuid,
    revoked_at        timestamptz,
    revoked_by        uuid,
    revoked_reason    text,
    check ((revoked_at is null) = (revoked_reason is null))
);
-- one certificate in force per mentorship; a revoked one may be followed by a new one
create unique index certificate_in_force on certificate (mentorship_id) where revoked_at is null;
create index certificate_by_participant on certificate (participant_id);
