-- The audit trail (Law 25, R-PRIV-1): who viewed, downloaded, exported or changed whose data, when
-- and from where. Append-only: rows are inserted, never updated nor deleted.
create table audit_entry (
    id        bigint generated always as identity primary key,
    at        timestamptz not null,
    user_id   uuid        not null,
    address   text,
    action    text        not null check (action in ('VIEW_RECORD', 'DOWNLOAD_DOCUMENT', 'EXPORT', 'CHANGE')),
    persons   uuid[]      not null,
    subject   text        not null,
    changes   jsonb,
    check ((action = 'CHANGE') = (changes is not null))
);
create index audit_entry_by_person on audit_entry using gin (persons);
create index audit_entry_by_user on audit_entry (user_id, at desc);
create index audit_entry_by_time on audit_entry (at desc);

-- The application's role owns its tables and the embedded server has no other role, so privileges
-- alone cannot stop it: a trigger refuses every update, delete and truncate (ADR 0022). A restore
-- (session_replication_role = replica) still loads the table whole.
revoke update, delete, truncate on audit_entry from public;
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = '42501';
end
$$;
create trigger audit_entry_no_update_nor_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
