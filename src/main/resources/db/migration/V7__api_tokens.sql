-- API tokens for partner systems: only a hash is kept; the token is shown once, when issued
create table api_token (
    id           uuid primary key,
    user_id      uuid        not null references user_account (id) on delete cascade,
    name         text        not null check (length(btrim(name)) between 1 and 100),
    token_hash   text        not null unique,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_by_user on api_token (user_id);
