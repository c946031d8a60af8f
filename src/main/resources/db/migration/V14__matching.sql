-- What a person tells matching beyond their profile: answers to the personality questionnaire,
-- and whether they want a mentor of the same cultural background (R-MAT-1)
create table matching_preferences (
    participant_id       uuid primary key references participant (id) on delete cascade,
    personality          smallint[] check (personality is null or (cardinality(personality) = 6
                                            and 1 <= all (personality) and 5 >= all (personality))),
    wants_cultural_match boolean     not null default false,
    updated_at           timestamptz not null
);

-- Pairs never proposed again: a declared conflict, a proposal declined, a mentorship ended badly (R-MAT-2)
create table match_exclusion (
    id         uuid primary key,
    mentee_id  uuid        not null references participant (id) on delete cascade,
    mentor_id  uuid        not null references participant (id) on delete cascade,
    reason     text        not null check (reason in ('CONFLICT', 'DECLINED_BEFORE', 'ENDED_BADLY')),
    note       text,
    created_at timestamptz not null,
    created_by uuid,
    unique (mentee_id, mentor_id, reason)
);
create index match_exclusion_by_mentor on match_exclusion (mentor_id);

-- A run of "match the waiting pool": the optimal draft a coordinator reviews, edits and confirms (R-MAT-4)
create table pool_run (
    id              uuid primary key,
    version         bigint      not null,
    program_id      uuid        not null references program (id),
    status          text        not null check (status in ('DRAFT', 'CONFIRMED', 'DISCARDED')),
    created_at      timestamptz not null,
    created_by      uuid        not null,
    mentees_waiting integer     not null,
    mentors_free    integer     not null,
    optimal_total   numeric(12, 2) not null,
    optimal_worst   numeric(6, 2),
    greedy_total    numeric(12, 2) not null,
    greedy_worst    numeric(6, 2),
    greedy_matched  integer     not null,
    solve_millis    bigint      not null,
    confirmed_at    timestamptz
);
create index pool_run_by_program on pool_run (program_id, created_at desc);

create table pool_run_pair (
    run_id    uuid    not null references pool_run (id) on delete cascade,
    position  integer not null,
    mentee_id uuid    not null references participant (id) on delete cascade,
    mentor_id uuid references participant (id) on delete cascade,
    score     numeric(6, 2),
    edited    boolean not null default false,
    primary key (run_id, position)
);

-- The versioned mentoring agreement of a program, in both languages (R-MAT-5)
create table mentoring_agreement (
    id           uuid primary key,
    program_id   uuid        not null references program (id),
    version      integer     not null check (version > 0),
    text_en      text        not null check (length(btrim(text_en)) > 0),
    text_fr      text        not null check (length(btrim(text_fr)) > 0),
    published_at timestamptz not null,
    published_by uuid,
    unique (program_id, version)
);

-- A pair proposed to a mentee and a mentor, until both sign the agreement (R-MAT-5)
create table match (
    id                uuid primary key,
    version           bigint      not null,
    program_id        uuid        not null references program (id),
    mentee_id         uuid        not null references participant (id) on delete cascade,
    mentor_id         uuid        not null references participant (id) on delete cascade,
    score             numeric(6, 2) not null,
    status            text        not null check (status in ('PROPOSED', 'ACCEPTED', 'INTRODUCED', 'AGREED',
                                                             'DECLINED', 'CANCELLED')),
    run_id            uuid references pool_run (id) on delete set null,
    proposed_at       timestamptz not null,
    proposed_by       uuid        not null,
    mentee_decision   text check (mentee_decision in ('ACCEPTED', 'DECLINED')),
    mentee_decided_at timestamptz,
    mentee_reason     text,
    mentor_decision   text check (mentor_decision in ('ACCEPTED', 'DECLINED')),
    mentor_decided_at timestamptz,
    mentor_reason     text,
    introduced_on     date,
    agreement_id      uuid references mentoring_agreement (id),
    mentee_signed_at  timestamptz,
    mentor_signed_at  timestamptz,
    reminded_at       timestamptz,
    closed_at         timestamptz
);
-- a mentee has at most one open match per program
create unique index match_open_per_mentee on match (program_id, mentee_id)
    where status in ('PROPOSED', 'ACCEPTED', 'INTRODUCED', 'AGREED');
create index match_by_mentor on match (mentor_id, status);

-- How many mentees each mentor follows: confirming a pair takes a place only while one is free,
-- so that two coordinators confirming at once never exceed a mentor's capacity
create table mentor_load (
    mentor_id uuid    primary key references participant (id) on delete cascade,
    capacity  integer not null check (capacity >= 0),
    load      integer not null check (load >= 0)
);
