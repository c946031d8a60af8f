-- A mentee's action plan (R-INT-3): goals, and for each the steps with their due dates
create table action_goal (
    id             uuid primary key,
    version        bigint      not null,
    participant_id uuid        not null references participant (id) on delete cascade,
    program_id     uuid references program (id),
    text           text        not null check (length(btrim(text)) between 1 and 1000),
    created_at     timestamptz not null
);
create index action_goal_by_participant on action_goal (participant_id, created_at);

create table action_step (
    goal_id  uuid    not null references action_goal (id) on delete cascade,
    position integer not null,
    id       uuid    not null unique,
    text     text    not null check (length(btrim(text)) between 1 and 1000),
    due_date date,
    done_on  date,
    primary key (goal_id, position)
);
