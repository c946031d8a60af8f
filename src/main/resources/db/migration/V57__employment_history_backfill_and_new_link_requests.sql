-- Mentorships closed before the employment history existed (issue 13): each one's employment at
-- closure becomes the first entry of its mentee's history, as a closure records it now (source
-- CLOSURE, dated the day it closed). No follow-up is planned for them: their 3, 6 and 12 months are
-- long past, and e-mails about them would only confuse. Idempotent: a closure already in the
-- history is left as it is (employment_record_once).
insert into employment_record (id, participant_id, recorded_on, status, source, program_id, mentorship_id, recorded_at)
select gen_random_uuid(), m.mentee_id, m.closed_on, coalesce(m.employment_at_closure, 'UNKNOWN'), 'CLOSURE',
       m.program_id, m.id, now()
from mentorship m
where m.status = 'CLOSED' and m.closed_on is not null
  and not exists (select 1 from employment_record r where r.mentorship_id = m.id and r.source = 'CLOSURE')
on conflict do nothing;

-- Each "send me a new link" that sent one, so that a follow-up or a questionnaire request gets at
-- most a few new links a day, whoever asks.
create table answer_link_request (
    kind          text        not null check (kind in ('FOLLOW_UP', 'QUESTIONNAIRE')),
    subject_id    uuid        not null,
    requested_at  timestamptz not null
);

create index answer_link_request_subject on answer_link_request (kind, subject_id, requested_at);
