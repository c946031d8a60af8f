-- A mentorship: the pair that signed its agreement, from the start to its closure (R-MEN-1)
create table mentorship (
    id                    uuid primary key,
    version               bigint      not null,
    match_id              uuid        not null unique references match (id),
    program_id            uuid        not null references program (id),
    mentee_id             uuid        not null references participant (id) on delete cascade,
    mentor_id             uuid        not null references participant (id) on delete cascade,
    status                text        not null check (status in ('ACTIVE', 'PAUSED', 'CLOSED')),
    started_on            date        not null,
    duration_weeks        integer check (duration_weeks > 0),
    extended_weeks        integer     not null default 0 check (extended_weeks >= 0),
    paused_days           integer     not null default 0 check (paused_days >= 0),
    paused_since          date,
    extension_requested_by text check (extension_requested_by in ('MENTEE', 'MENTOR')),
    extension_weeks_asked integer check (extension_weeks_asked between 1 and 52),
    closed_on             date,
    closure_reason        text check (closure_reason in ('COMPLETED', 'GOALS_REACHED', 'EMPLOYED', 'WITHDRAWN', 'ENDED_EARLY')),
    employment_at_closure text check (employment_at_closure in ('EMPLOYED_IN_FIELD', 'EMPLOYED_OTHER', 'STUDYING',
                                                                'SEEKING', 'NOT_SEEKING', 'UNKNOWN')),
    ended_badly           boolean     not null default false,
    created_at            timestamptz not null
);
create index mentorship_by_program on mentorship (program_id, status);
create index mentorship_by_mentee on mentorship (mentee_id);
create index mentorship_by_mentor on mentorship (mentor_id);

-- Every change of a mentorship's state: when, by whom, why
create table mentorship_change (
    mentorship_id uuid        not null references mentorship (id) on delete cascade,
    position      integer     not null,
    at            timestamptz not null,
    by_user       uuid        not null,
    kind          text        not null,
    note          text,
    primary key (mentorship_id, position)
);

-- Meetings and contacts, logged by one party and confirmed or corrected by the other (R-MEN-2)
create table meeting (
    id            uuid primary key,
    version       bigint      not null,
    mentorship_id uuid        not null references mentorship (id) on delete cascade,
    held_on       date        not null,
    minutes       integer     not null check (minutes between 1 and 720),
    mode          text        not null check (mode in ('IN_PERSON', 'PHONE', 'EMAIL', 'VIDEO')),
    themes        text[]      not null default '{}',
    shared_note   text,
    logged_by     uuid        not null,
    logged_as     text        not null check (logged_as in ('MENTEE', 'MENTOR', 'COORDINATOR')),
    logged_at     timestamptz not null,
    confirmed_at  timestamptz,
    corrected     boolean     not null default false
);
create index meeting_by_mentorship on meeting (mentorship_id, held_on);

-- What each party notes for themselves only
create table meeting_private_note (
    meeting_id uuid not null references meeting (id) on delete cascade,
    author     uuid not null,
    note       text not null,
    primary key (meeting_id, author)
);

-- Hours of a placement, week by week, against the agreed schedule (R-MEN-2)
create table placement_week (
    mentorship_id uuid          not null references mentorship (id) on delete cascade,
    week_start    date          not null check (extract(isodow from week_start) = 1),
    hours         numeric(5, 2) not null check (hours between 0 and 80),
    agreed_hours  numeric(5, 2) check (agreed_hours between 0 and 80),
    logged_by     uuid          not null,
    logged_at     timestamptz   not null,
    primary key (mentorship_id, week_start)
);
