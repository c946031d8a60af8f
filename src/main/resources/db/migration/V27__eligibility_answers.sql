-- A person's yes/no answers to the attestations of programs' eligibility criteria, by key.
create table participant_attestation (
    participant_id  uuid not null references participant (id) on delete cascade,
    attestation_key text not null check (attestation_key ~ '^[a-z0-9-]{1,60}$'),
    answer          boolean not null,
    primary key (participant_id, attestation_key)
);

-- Whether the workshops a person attended are known: known and none attended is not "not known",
-- so a workshop criterion fails rather than lacks data.
alter table participant add column workshops_known boolean not null default false;
update participant p set workshops_known = true
 where exists (select 1 from participant_workshop w where w.participant_id = p.id);
