-- Read views for reports, one per owning module, so that reporting never reads another module's
-- tables: one row per participation, per proposed pair, per mentorship. Each is defined and tested
-- by the module that owns the rows (ParticipationReportViewTests, MatchReportViewTests,
-- MentorshipReportViewTests). States are the names of the owning enums (ParticipationStatus,
-- Audience, MatchStatus, MentorshipStatus, ClosureReason, EmploymentStatus): readers bind them from
-- those enums, never as literals. Columns are only ever added.

-- participant: a person taking part in a program in a role, since a day
--   since         the day the participation began (registered, imported, applied or referred)
--   status_since  the day it took its current status
create view participation_report as
select p.participant_id,
       p.program_id,
       p.role,
       p.status,
       p.since,
       p.status_since
from participant_participation p;

-- matching: a pair proposed in a program
--   agreed_on_paper  when both signed the agreement on paper, the later of the days they signed
--   agreed_at        when both signed (here or recorded from paper), the moment of the second
--                    signature; the day of the agreement is agreed_on_paper when there is one,
--                    otherwise the day of agreed_at in the organisation's time zone
create view match_report as
select m.id as match_id,
       m.program_id,
       m.mentee_id,
       m.mentor_id,
       m.status,
       m.proposed_at,
       case when m.mentee_signed_on is not null and m.mentor_signed_on is not null
            then greatest(m.mentee_signed_on, m.mentor_signed_on) end as agreed_on_paper,
       case when m.mentee_signed_at is not null and m.mentor_signed_at is not null
            then greatest(m.mentee_signed_at, m.mentor_signed_at) end as agreed_at
from match m;

-- mentorship: the pair that signed, from its start to its closure
--   closed_on              the day it closed; null while open
--   employment_at_closure  where the mentee stood with work at closure
create view mentorship_report as
select s.id as mentorship_id,
       s.match_id,
       s.program_id,
       s.mentee_id,
       s.mentor_id,
       s.status,
       s.started_on,
       s.closed_on,
       s.closure_reason,
       s.employment_at_closure
from mentorship s;
