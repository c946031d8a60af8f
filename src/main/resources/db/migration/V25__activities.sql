-- Group sessions and events of a program: peer support meetings, workshops, networking,
-- interview simulations, conferences, celebrations (R-MEN-6)
create table activity (
    id                  uuid primary key,
    version             bigint      not null,
    program_id          uuid        not null references program (id),
    series_id           uuid,
    kind                text        not null check (kind in ('PEER_SUPPORT', 'WORKSHOP', 'NETWORKING',
                                                             'INTERVIEW_SIMULATION', 'CONFERENCE', 'RECOGNITION')),
    title               text        not null check (length(btrim(title)) between 1 and 200),
    description         text,
    starts_at           timestamptz not null,
    duration_minutes    integer     not null check (duration_minutes between 1 and 1440),
    place               text,
    mandatory           boolean     not null,
    capacity            integer check (capacity > 0),
    status              text        not null check (status in ('SCHEDULED', 'CANCELLED', 'HELD')),
    cancellation_reason text,
    created_by          uuid        not null,
    created_at          timestamptz not null,
    check ((status = 'CANCELLED') = (cancellation_reason is not null))
);
create index activity_by_program on activity (program_id, starts_at);
create index activity_by_series on activity (series_id) where series_id is not null;

-- Who is invited, what they answered, and whether they came once the event was held
create table activity_invitation (
    activity_id    uuid        not null references activity (id) on delete cascade,
    participant_id uuid        not null references participant (id) on delete cascade,
    invited_at     timestamptz not null,
    answer         text check (answer in ('ATTENDING', 'NOT_ATTENDING')),
    answered_at    timestamptz,
    attendance     text check (attendance in ('PRESENT', 'ABSENT', 'EXCUSED')),
    primary key (activity_id, participant_id)
);
create index activity_invitation_by_participant on activity_invitation (participant_id);
