-- Consent recorded fully (R-PRIV-1, issue 14, ADR 0023): every answer a person gives for a purpose
-- is kept, in the order it was recorded, with the day it was given, how it was given and the version
-- of the text the person saw. The latest answer for a purpose is the one that holds; a withdrawal is
-- a new row, never a change to an earlier one.
alter table participant_consent drop constraint participant_consent_participant_id_purpose_key;

alter table participant_consent add column position integer;
update participant_consent c
   set position = numbered.n - 1
  from (select ctid, row_number() over (partition by participant_id order by recorded_at, purpose) as n
          from participant_consent) numbered
 where c.ctid = numbered.ctid;
alter table participant_consent alter column position set not null;
alter table participant_consent add primary key (participant_id, position);

-- Answers recorded before this change: given the day they were recorded, how and which text unknown.
alter table participant_consent add column given_on date;
update participant_consent set given_on = recorded_at::date;
alter table participant_consent alter column given_on set not null;
alter table participant_consent add column means text
    check (means in ('FORM', 'PAPER', 'PHONE', 'ONLINE_APPLICATION', 'ACCOUNT'));
alter table participant_consent add column text_version integer check (text_version > 0);

create index participant_consent_latest on participant_consent (participant_id, purpose, position desc);

-- History is never overwritten: rows are added, and go only with the person's record (retention,
-- merging a duplicate).
create function participant_consent_never_updated() returns trigger language plpgsql as $$
begin
    raise exception 'participant_consent keeps its history: update refused' using errcode = '42501';
end
$$;
create trigger participant_consent_no_update before update on participant_consent
    for each row execute function participant_consent_never_updated();

-- E-mails waiting in the outbox obey a withdrawal too: each says whether the service needs it
-- whatever the person's consent (the invitation that opens an account, a password link), and one
-- withheld for want of consent is marked, never sent.
alter table email_outbox add column necessary boolean not null default false;
alter table email_outbox add column withheld_at timestamptz;
