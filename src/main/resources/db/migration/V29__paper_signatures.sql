-- Agreements signed on paper (R-ACC-3): a coordinator records the signature of a person without
-- e-mail or computer, on the day they signed, and may keep the scan of the page.
alter table match
    add column mentee_signed_on          date,
    add column mentee_signature_recorded_by uuid,
    add column mentor_signed_on          date,
    add column mentor_signature_recorded_by uuid;

create table match_signature_scan (
    match_id     uuid        not null references match (id) on delete cascade,
    side         varchar(10) not null check (side in ('MENTEE', 'MENTOR')),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    content      bytea       not null,
    recorded_at  timestamptz not null,
    recorded_by  uuid        not null,
    primary key (match_id, side)
);
