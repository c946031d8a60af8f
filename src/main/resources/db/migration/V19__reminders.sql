-- Which reminders each person wants: every kind is on until they turn it off
create table reminder_preference (
    user_id uuid    not null references user_account (id) on delete cascade,
    kind    text    not null check (kind in ('PROPOSAL_WAITING', 'MEETING_NOT_LOGGED', 'CHECK_IN_DUE',
                                             'CLOSURE_APPROACHING')),
    enabled boolean not null,
    primary key (user_id, kind)
);

-- The reminders a mentorship gave, so that each is given once, whichever node runs the job
create table mentorship_reminder (
    mentorship_id uuid        not null references mentorship (id) on delete cascade,
    kind          text        not null,
    occurrence    text        not null,
    given_at      timestamptz not null,
    primary key (mentorship_id, kind, occurrence)
);
