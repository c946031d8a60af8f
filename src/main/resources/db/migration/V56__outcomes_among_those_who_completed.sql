-- The funders' employment rate is counted among those who completed the program (issue 13): a
-- mentee who withdrew or whose mentorship ended early is still followed up, but not counted in
-- the outcome stages. Whether the closure was a completion is kept with the closure's employment
-- record and with each follow-up, from the mentorship's closure reason.
alter table employment_follow_up add column completed boolean not null default true;
alter table employment_record add column completed boolean;

update employment_follow_up f set completed = m.closure_reason in ('COMPLETED', 'GOALS_REACHED', 'EMPLOYED')
from mentorship m where m.id = f.mentorship_id and m.closure_reason is not null;

update employment_record r set completed = m.closure_reason in ('COMPLETED', 'GOALS_REACHED', 'EMPLOYED')
from mentorship m where m.id = r.mentorship_id and r.source = 'CLOSURE' and m.closure_reason is not null;
