-- The coordinator's check-in with each of the pair, with a short evaluation (R-MEN-4)
create table check_in (
    id                 uuid primary key,
    mentorship_id      uuid        not null references mentorship (id) on delete cascade,
    party              text        not null check (party in ('MENTEE', 'MENTOR')),
    held_on            date        not null,
    mode               text        not null check (mode in ('IN_PERSON', 'PHONE', 'EMAIL', 'VIDEO')),
    satisfaction       smallint    not null check (satisfaction between 1 and 5),
    progress           text        not null check (progress in ('AHEAD', 'AS_PLANNED', 'SLOW', 'STALLED')),
    meetings_as_agreed boolean     not null,
    needs_follow_up    boolean     not null default false,
    notes              text,
    recorded_by        uuid        not null,
    recorded_at        timestamptz not null
);
create index check_in_by_mentorship on check_in (mentorship_id, party, held_on desc);

-- A difficulty raised by one of the pair (or the coordinator), followed to its resolution (R-MEN-4)
create table difficulty (
    id            uuid primary key,
    version       bigint      not null,
    mentorship_id uuid        not null references mentorship (id) on delete cascade,
    raised_by     uuid        not null,
    raised_as     text        not null check (raised_as in ('MENTEE', 'MENTOR', 'COORDINATOR')),
    raised_at     timestamptz not null,
    kind          text        not null check (kind in ('AVAILABILITY', 'COMMUNICATION', 'EXPECTATIONS', 'CONDUCT',
                                                       'PERSONAL', 'OTHER')),
    description   text        not null,
    status        text        not null check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED'))
);
create index difficulty_by_mentorship on difficulty (mentorship_id, status);

create table difficulty_step (
    difficulty_id uuid        not null references difficulty (id) on delete cascade,
    position      integer     not null,
    at            timestamptz not null,
    by_user       uuid        not null,
    status        text        not null,
    note          text,
    primary key (difficulty_id, position)
);
