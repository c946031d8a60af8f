-- Employment after the program (issue 13, R-OUT-1, R-OUT-2): each program's follow-up schedule,
-- the follow-ups planned at each mentee's closure, the person's employment history fed by the
-- closure, the exit interview, the follow-ups and the coordinator, the interviews and training
-- that lead to work, and admissions to an academic program (CSCPQ's third way to the certificate).

-- The months after closure when a program follows its mentees; a program without rows follows
-- them at 3, 6 and 12 months.
create table follow_up_schedule (
    program_id  uuid    not null references program (id) on delete cascade,
    months      integer not null check (months between 1 and 36),
    primary key (program_id, months)
);

create table employment_follow_up (
    id              uuid primary key,
    participant_id  uuid        not null references participant (id) on delete cascade,
    program_id      uuid        not null references program (id),
    mentorship_id   uuid        not null,
    closed_on       date        not null,
    months          integer     not null check (months between 1 and 36),
    due_on          date        not null,
    status          text        not null check (status in ('PLANNED', 'SENT', 'ANSWERED', 'NOT_REACHABLE')),
    sent_at         timestamptz,
    reminded_at     timestamptz,
    answered_at     timestamptz,
    answered_how    text check (answered_how in ('LINK', 'SIGNED_IN', 'PHONE')),
    answered_by     uuid,
    version         bigint      not null default 0,
    unique (mentorship_id, months),
    check ((status = 'ANSWERED') = (answered_at is not null and answered_how is not null))
);

create index employment_follow_up_due on employment_follow_up (status, due_on);
create index employment_follow_up_program on employment_follow_up (program_id, closed_on);
create index employment_follow_up_person on employment_follow_up (participant_id);

create table employment_record (
    id                      uuid primary key,
    participant_id          uuid        not null references participant (id) on delete cascade,
    recorded_on             date        not null,
    status                  text        not null check (status in ('EMPLOYED_IN_FIELD', 'EMPLOYED_OTHER', 'STUDYING',
                                                                   'SEEKING', 'NOT_SEEKING', 'UNKNOWN')),
    employer                text check (length(employer) <= 200),
    occupation_code         text check (length(occupation_code) <= 10),
    started_on              date,
    hours_per_week          integer check (hours_per_week between 1 and 80),
    through_mentor_network  boolean,
    source                  text        not null check (source in ('CLOSURE', 'EXIT_INTERVIEW', 'FOLLOW_UP', 'COORDINATOR')),
    program_id              uuid references program (id),
    mentorship_id           uuid,
    follow_up_id            uuid references employment_follow_up (id) on delete cascade,
    recorded_by             uuid,
    recorded_at             timestamptz not null
);

-- A closure, an exit interview (corrected in place) and a follow-up each say one thing.
create unique index employment_record_once on employment_record (mentorship_id, source)
    where source in ('CLOSURE', 'EXIT_INTERVIEW');
create unique index employment_record_follow_up on employment_record (follow_up_id) where follow_up_id is not null;
create index employment_record_person on employment_record (participant_id, recorded_on desc);
create index employment_record_closure on employment_record (program_id, recorded_on) where source = 'CLOSURE';

-- Interviews obtained and training followed on the way to work (R-OUT-2).
create table career_step (
    id              uuid primary key,
    participant_id  uuid        not null references participant (id) on delete cascade,
    kind            text        not null check (kind in ('INTERVIEW', 'TRAINING')),
    happened_on     date        not null,
    description     text        not null check (length(description) between 1 and 300),
    recorded_by     uuid        not null,
    recorded_at     timestamptz not null
);

create index career_step_person on career_step (participant_id, happened_on desc);

create table academic_admission (
    id              uuid primary key,
    participant_id  uuid        not null references participant (id) on delete cascade,
    program_name    text        not null check (length(program_name) between 1 and 200),
    institution     text        not null check (length(institution) between 1 and 200),
    related         boolean     not null,
    admitted_on     date        not null,
    recorded_by     uuid        not null,
    recorded_at     timestamptz not null
);

create index academic_admission_person on academic_admission (participant_id, admitted_on desc);
