-- The referral module's read view for counts and reports (R-REF-3, R-RPT-2): one row per referral,
-- with what its history tells, so that no other module reads the referral tables or spells their
-- states. Defined and tested by the referral module (ReferralReportViewTests); columns are only
-- ever added.
--   status              where the referral stands now: a ReferralStatus name
--   first_submitted_at  when the agency first submitted it; null for a draft never submitted,
--                       which is not a referral yet
--   returned            whether the program returned it to the agency at least once, whatever
--                       happened after (resubmitted, admitted...)
create view referral_report as
select r.id as referral_id,
       r.program_id,
       r.agency_id,
       r.status,
       (select min(e.at) from referral_event e
        where e.referral_id = r.id and e.to_status = 'SUBMITTED') as first_submitted_at,
       exists (select 1 from referral_event e
               where e.referral_id = r.id and e.to_status = 'RETURNED') as returned
from referral r;
