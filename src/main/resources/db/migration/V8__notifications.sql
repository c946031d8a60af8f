-- What Passerelle tells people: in the application, and by e-mail through an outbox sent by a
-- scheduled job, once, retried when the mail server fails
create table notification (
    id         uuid primary key,
    user_id    uuid        not null references user_account (id) on delete cascade,
    title      text        not null,
    body       text        not null,
    link       text,
    created_at timestamptz not null,
    read_at    timestamptz
);
create index notification_by_user on notification (user_id, created_at desc);

create table email_outbox (
    id              uuid primary key,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer     not null default 0,
    last_error      text,
    sent_at         timestamptz
);
create index email_outbox_pending on email_outbox (next_attempt_at) where sent_at is null;
