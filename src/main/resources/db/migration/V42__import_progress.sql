-- Where the commit of an imported file stands, written outside the importing transaction (which
-- writes all its rows or none) so that the import page can show its progress from any node
create table participant_import_commit (
    import_id  uuid primary key references participant_import (id) on delete cascade,
    state      text        not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    done       integer     not null check (done >= 0),
    total      integer     not null check (total >= 0),
    added      integer,
    updated    integer,
    failure    text,
    started_at timestamptz not null,
    updated_at timestamptz not null
);
