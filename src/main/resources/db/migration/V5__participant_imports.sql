-- Files uploaded to import participants, kept until imported (R-SEC-2: imports are all-or-nothing)
create table participant_import (
    id          uuid primary key,
    file_name   text        not null,
    content     bytea       not null,
    uploaded_by uuid        not null references user_account (id),
    uploaded_at timestamptz not null,
    imported_at timestamptz,
    added       integer,
    updated     integer
);
