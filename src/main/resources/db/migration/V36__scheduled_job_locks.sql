-- One row per scheduled job (ShedLock): the node running it holds it until lock_until, so that
-- among several nodes one only runs each job. Times are the database's, in UTC.
create table scheduled_job_lock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
