-- Read views for the profile statistics (R-RPT-3) and the evaluation elements (R-EVA-2), one per
-- owning module, so that reporting never reads another module's tables (see V44, V45). Columns
-- are only ever added. Tested through the reports that read them (ProfileReportingTests,
-- EvaluationReportingTests).

-- referral: the person a referral brought, once admitted (null before, and once destroyed)
create or replace view referral_report as
select r.id as referral_id,
       r.program_id,
       r.agency_id,
       r.status,
       (select min(e.at) from referral_event e
        where e.referral_id = r.id and e.to_status = 'SUBMITTED') as first_submitted_at,
       exists (select 1 from referral_event e
               where e.referral_id = r.id and e.to_status = 'RETURNED') as returned,
       r.participant_id
from referral r;

-- participant: what a profile tells for aggregate statistics, never a name or a contact
--   gender, education, position_level, work_status, recruitment_source: names of the owning enums
--   country_of_origin  ISO 3166 two-letter code
--   occupation_code    NOC 2021 code of the occupation practised
--   industry_code      NAICS 2022 code
create view participant_profile_report as
select p.id as participant_id,
       p.birth_date,
       p.gender,
       p.country_of_origin,
       p.arrival_date,
       p.education,
       p.occupation_code,
       p.industry_code,
       p.position_level,
       p.work_status,
       p.employer_organisation_id,
       p.recruitment_source,
       p.referred_by
from participant p;

-- activity: who was invited to which activity of a program, and whether they came
--   kind, status: ActivityKind and ActivityStatus names; attendance: an Attendance name or null
create view activity_attendance_report as
select a.id as activity_id,
       a.program_id,
       a.kind,
       a.status,
       a.starts_at,
       a.duration_minutes,
       i.participant_id,
       i.attendance
from activity a
join activity_invitation i on i.activity_id = a.id;

-- mentorship: the meetings a pair logged
create view meeting_report as
select m.id as meeting_id,
       m.mentorship_id,
       m.held_on,
       m.minutes
from meeting m;

-- organisation: names and parts, for reports per partner
create view organisation_report as
select o.id as organisation_id,
       o.name,
       o.type
from organisation o;
