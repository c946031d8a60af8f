-- Single-use links that let a person answer an employment follow-up or a questionnaire from an
-- e-mail without signing in (issue 13). Only a SHA-256 hash of the token is kept, as for password
-- links: reading the database gives no working link. A link is used once, or expires.
create table answer_link (
    id              uuid primary key,
    token_hash      varchar(64) not null unique,
    kind            text not null check (kind in ('FOLLOW_UP', 'QUESTIONNAIRE')),
    subject_id      uuid not null,
    participant_id  uuid not null references participant (id),
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    check (expires_at > created_at)
);

create index answer_link_subject on answer_link (kind, subject_id);
