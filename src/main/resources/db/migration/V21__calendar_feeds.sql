-- Each person's calendar feed: a secret, unguessable token in an address that calendar
-- applications read without signing in. Making a new address replaces the token, so that the
-- old address stops working at once.
create table calendar_feed (
    user_id    uuid        primary key references user_account (id) on delete cascade,
    token      text        not null unique check (length(token) >= 32 and token ~ '^[A-Za-z0-9_-]+$'),
    created_at timestamptz not null
);
