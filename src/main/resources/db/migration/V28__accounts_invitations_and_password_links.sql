-- Links e-mailed to choose a password: after "forgot your password?" (RESET) or when an account is
-- opened for someone who chooses their own (SET). Only a hash of the token is kept.
create table password_link (
    id         uuid primary key,
    user_id    uuid        not null references user_account (id) on delete cascade,
    purpose    text        not null check (purpose in ('RESET', 'SET')),
    token_hash text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null check (expires_at > created_at),
    used_at    timestamptz
);
create unique index password_link_token on password_link (token_hash);
create index password_link_by_user on password_link (user_id);

-- Invitations of admitted participants to open their account, one per participation. Resending
-- replaces the token hash, which voids the link sent before.
create table participant_invitation (
    id                    uuid primary key,
    version               bigint      not null,
    participant_id        uuid        not null references participant (id) on delete cascade,
    program_id            uuid        not null references program (id),
    role                  text        not null check (role in ('MENTEE', 'MENTOR')),
    email                 text        not null check (email = lower(btrim(email)) and email like '%_@_%'),
    language              text        not null check (language in ('FR', 'EN')),
    token_hash            text        not null,
    invited_by            uuid,
    sent_at               timestamptz not null,
    expires_at            timestamptz not null check (expires_at > sent_at),
    opened_at             timestamptz,
    accepted_at           timestamptz,
    revoked_at            timestamptz,
    renewal_requested_at  timestamptz,
    user_id               uuid references user_account (id),
    unique (participant_id, program_id, role),
    check (accepted_at is null or user_id is not null)
);
create unique index participant_invitation_token on participant_invitation (token_hash);
create index participant_invitation_by_program on participant_invitation (program_id);
