-- That applications not selected were destroyed at the end of their program's retention period
-- (R-INT-5): what was destroyed is gone, only these counts remain, for statistics and audits
create table destruction_record (
    id           uuid primary key,
    program_id   uuid        not null references program (id),
    destroyed_on date        not null,
    applications integer     not null check (applications > 0),
    people       integer     not null check (people >= 0 and people <= applications),
    retention_months integer not null,
    run_at       timestamptz not null
);
create index destruction_record_by_program on destruction_record (program_id, destroyed_on);
create index participant_participation_not_selected on participant_participation (program_id, status_since)
    where status = 'NOT_SELECTED';
