-- The retention schedule (issue 14 point 4, Law 25 s. 23, ADR 0025): the period a program keeps
-- each kind of record, where it differs from the default written in code (RetentionRule). A kind
-- that is not per program (e-mails sent, audit entries) has one row with no program.
create table retention_period (
    id         uuid primary key,
    program_id uuid        references program (id),
    kind       text        not null check (kind in ('PARTICIPANT_WHO_LEFT', 'REFERRAL_NOT_ADMITTED', 'DOCUMENT', 'NOTE',
                                                    'EVALUATION_ANSWER', 'EMAIL_SENT', 'AUDIT_ENTRY')),
    months     integer     not null check (months between 1 and 1200),
    set_by     uuid        not null,
    set_at     timestamptz not null
);
create unique index retention_period_once on retention_period (coalesce(program_id, '00000000-0000-0000-0000-000000000000'), kind);

-- What the nightly job destroyed or anonymised: counts per run, kind and program, never who. Each
-- batch adds to its row in the transaction that retires it, so an interrupted run counts what it did
-- and the next run counts the rest.
create table retention_destruction (
    id               uuid primary key,
    run_id           uuid        not null,
    kind             text        not null,
    program_id       uuid        references program (id),
    anonymised       boolean     not null,
    records          integer     not null check (records > 0),
    retention_months integer     not null,
    run_on           date        not null,
    run_at           timestamptz not null
);
create unique index retention_destruction_once on retention_destruction
    (run_id, kind, coalesce(program_id, '00000000-0000-0000-0000-000000000000'));
create index retention_destruction_by_time on retention_destruction (run_at desc);

-- Anonymised records stay for statistics; the mark keeps them from being due again
alter table participant add column anonymised_at timestamptz;
alter table referral add column anonymised_at timestamptz;
alter table mentorship add column notes_destroyed_at timestamptz;
alter table employment_record add column anonymised_at timestamptz;
alter table exit_interview add column anonymised_at timestamptz;
alter table questionnaire_request add column anonymised_at timestamptz;

-- The audit trail stays append-only for the application (ADR 0022); the retention job alone deletes
-- the entries older than the cutoff it sets for its own transaction (set local
-- passerelle.audit_retention_cutoff), and only those. Updates and truncation stay refused always.
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
declare
    cutoff text := current_setting('passerelle.audit_retention_cutoff', true);
begin
    if tg_op = 'DELETE' and cutoff is not null and cutoff <> '' and old.at < cast(cutoff as timestamptz) then
        return old;
    end if;
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = '42501';
end
$$;
