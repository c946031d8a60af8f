-- The event publication registry of Spring Modulith 2.1 (its schema v2 for PostgreSQL, as shipped in
-- spring-modulith-events-jdbc): every event handed to an after-commit listener is written here in the
-- publishing transaction, one row per listener, and marked completed when the listener succeeds.
-- What is not completed (a listener failed, the node stopped) is handed to its listener again at
-- start and by a scheduled job; completed rows are deleted after a week (docs/operations.md, Events).
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    -- PUBLISHED, PROCESSING, COMPLETED, FAILED or RESUBMITTED
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
-- a listener marks its publication completed by finding it by event and listener
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
