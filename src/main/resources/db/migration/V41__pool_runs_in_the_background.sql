-- A pool run is a background job (issue 11): RUNNING with its progress, then DRAFT or FAILED. The
-- objective and the solver's certificate are kept with the draft, and a fingerprint of the pool it
-- was made from, so that the draft can tell when the pool changed since.
alter table pool_run drop constraint pool_run_status_check;
alter table pool_run add constraint pool_run_status_check
    check (status in ('RUNNING', 'DRAFT', 'FAILED', 'CONFIRMED', 'DISCARDED'));

alter table pool_run
    add column objective        text not null default 'MAXIMUM_TOTAL'
        check (objective in ('MAXIMUM_TOTAL', 'MOST_MATCHED_THEN_TOTAL')),
    add column proven_optimal   boolean,
    add column iterations       integer check (iterations >= 0),
    add column pairs_scored     bigint check (pairs_scored >= 0),
    add column pairs_priced     bigint check (pairs_priced >= 0),
    add column pairs_added      bigint check (pairs_added >= 0),
    add column candidate_pairs  bigint check (candidate_pairs >= 0),
    add column stage            text check (stage in ('QUEUED', 'SCORING', 'SOLVING', 'COMPARING', 'SAVING')),
    add column solve_pass       integer,
    add column progress_done    bigint,
    add column progress_total   bigint,
    add column heartbeat_at     timestamptz,
    add column failure          text,
    add column pool_fingerprint bigint,
    add column finished_at      timestamptz,
    add constraint pool_run_running_has_a_stage check ((status = 'RUNNING') = (stage is not null)),
    add constraint pool_run_failed_says_why check ((status = 'FAILED') = (failure is not null));

-- one run of a program at a time, whichever node started it
create unique index pool_run_one_running on pool_run (program_id) where status = 'RUNNING';
