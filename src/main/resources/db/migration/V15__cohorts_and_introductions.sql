-- Group mentoring cohorts: 2–3 mentors and 8–10 mentees of one sector, formed from the pool (R-MAT-6)
create table cohort (
    id         uuid primary key,
    version    bigint      not null,
    program_id uuid        not null references program (id),
    name       text        not null,
    sector     text        not null,
    status     text        not null check (status in ('DRAFT', 'CONFIRMED', 'DISCARDED')),
    created_at timestamptz not null,
    created_by uuid        not null
);
create index cohort_by_program on cohort (program_id, created_at desc);

create table cohort_member (
    cohort_id      uuid    not null references cohort (id) on delete cascade,
    position       integer not null,
    participant_id uuid    not null references participant (id) on delete cascade,
    role           text    not null check (role in ('MENTEE', 'MENTOR')),
    score          numeric(6, 2),
    primary key (cohort_id, position)
);
create index cohort_member_by_participant on cohort_member (participant_id);

-- Connector introductions: a connector meets a newcomer and refers them to contacts of their
-- network; the newcomer records what came of each (R-MAT-6)
create table introduction (
    id           uuid primary key,
    version      bigint      not null,
    program_id   uuid        not null references program (id),
    connector_id uuid        not null references participant (id) on delete cascade,
    newcomer_id  uuid        not null references participant (id) on delete cascade,
    met_on       date        not null,
    minutes      integer     check (minutes between 1 and 600),
    notes        text,
    recorded_at  timestamptz not null,
    recorded_by  uuid        not null
);
create index introduction_by_newcomer on introduction (newcomer_id, met_on);
create index introduction_by_program on introduction (program_id, met_on desc);

create table introduction_contact (
    introduction_id uuid    not null references introduction (id) on delete cascade,
    position        integer not null,
    id              uuid    not null unique,
    name            text    not null check (length(btrim(name)) between 1 and 200),
    organisation    text,
    occupation      text,
    email           text,
    primary key (introduction_id, position)
);

create table contact_follow_up (
    contact_id  uuid        not null references introduction_contact (id) on delete cascade,
    position    integer     not null,
    on_date     date        not null,
    outcome     text        not null check (outcome in ('CONTACTED', 'MET', 'NO_RESPONSE', 'JOB_LEAD', 'INTERVIEW', 'HIRED')),
    notes       text,
    recorded_at timestamptz not null,
    primary key (contact_id, position)
);
