-- The score under which matching proposes no pair, and how long a proposal waits before a reminder
alter table program add column minimum_match_score integer not null default 40
    check (minimum_match_score between 0 and 100);
alter table program add column proposal_reminder_days integer default 5
    check (proposal_reminder_days between 1 and 60);
