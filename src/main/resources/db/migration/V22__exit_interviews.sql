-- The exit interview each of the pair answers once the mentorship is closed (R-MEN-7); the
-- coordinator may record it on their behalf (by phone). One per side; corrected within 30 days.
create table exit_interview (
    mentorship_id      uuid        not null references mentorship (id) on delete cascade,
    party              text        not null check (party in ('MENTEE', 'MENTOR')),
    satisfaction       smallint    not null check (satisfaction between 1 and 5),
    goals_reached      text        not null check (goals_reached in ('YES', 'PARTLY', 'NO')),
    helped_most        text check (length(helped_most) <= 4000),
    could_be_better    text check (length(could_be_better) <= 4000),
    would_recommend    boolean     not null,
    employment         text check (employment in ('EMPLOYED_IN_FIELD', 'EMPLOYED_OTHER', 'STUDYING', 'SEEKING',
                                                  'NOT_SEEKING', 'UNKNOWN')),
    job_title          text check (length(job_title) <= 200),
    would_mentor_again boolean,
    on_behalf          boolean     not null,
    recorded_by        uuid        not null,
    submitted_at       timestamptz not null,
    updated_at         timestamptz not null,
    primary key (mentorship_id, party),
    -- the mentee says where they stand with work (a job title when employed); the mentor whether they would mentor again
    check (party <> 'MENTEE' or (employment is not null and would_mentor_again is null
                                 and (job_title is null or employment in ('EMPLOYED_IN_FIELD', 'EMPLOYED_OTHER')))),
    check (party <> 'MENTOR' or (employment is null and job_title is null and would_mentor_again is not null))
);
