-- Mentoring programs, their rules, languages, matching weights, eligibility criteria and
-- coordinators (R-PRG-1..4, R-INT-1)
create table program (
    id                          uuid primary key,
    version                     bigint      not null,
    name                        text        not null check (length(btrim(name)) between 1 and 200),
    description                 text,
    lead_organisation_id        uuid        not null constraint program_lead_organisation_fk references organisation (id),
    type                        text        not null check (type in ('INTEGRATED', 'INTERNAL', 'OPEN')),
    format                      text        not null check (format in ('ONE_TO_ONE', 'PLACEMENT', 'GROUP', 'PEER', 'CONNECTOR')),
    template                    text,
    duration_weeks              integer check (duration_weeks between 1 and 520),
    meeting_cadence             text        not null check (meeting_cadence in ('WEEKLY', 'EVERY_TWO_WEEKS', 'MONTHLY', 'AS_AGREED')),
    minimum_meeting_minutes     integer check (minimum_meeting_minutes between 1 and 1440),
    target_contact_hours        numeric(7, 2) check (target_contact_hours > 0),
    weekly_placement_hours      numeric(5, 2) check (weekly_placement_hours > 0 and weekly_placement_hours <= 80),
    group_sessions_mandatory    boolean     not null,
    group_session_every_weeks   integer check (group_session_every_weeks between 1 and 52),
    check_in_every_weeks        integer check (check_in_every_weeks between 1 and 52),
    mentor_capacity             integer     not null check (mentor_capacity >= 1),
    mentees_per_group_min       integer check (mentees_per_group_min >= 1),
    mentees_per_group_max       integer check (mentees_per_group_max >= 1),
    mentors_per_group_min       integer check (mentors_per_group_min >= 1),
    mentors_per_group_max       integer check (mentors_per_group_max >= 1),
    introduction_minutes        integer check (introduction_minutes between 1 and 600),
    minimum_referrals           integer check (minimum_referrals >= 0),
    extension_allowed           boolean     not null,
    retention_months            integer     not null check (retention_months between 0 and 120),
    mentors_must_be_affiliated  boolean     not null,
    minimum_weeks               integer check (minimum_weeks >= 1),
    minimum_hours               numeric(7, 2) check (minimum_hours > 0),
    mandatory_sessions_attended boolean     not null,
    employment_in_field_completes boolean   not null,
    academic_admission_completes  boolean   not null,
    created_at                  timestamptz not null,
    check (mentees_per_group_min is null or mentees_per_group_max is null or mentees_per_group_min <= mentees_per_group_max),
    check (mentors_per_group_min is null or mentors_per_group_max is null or mentors_per_group_min <= mentors_per_group_max)
);
create unique index program_name_unique on program (lower(name));
create index program_by_lead_organisation on program (lead_organisation_id);

create table program_language (
    program_id uuid not null references program (id) on delete cascade,
    language   text not null check (language in ('FR', 'EN')),
    primary key (program_id, language)
);

create table program_matching_weight (
    program_id uuid    not null references program (id) on delete cascade,
    criterion  text    not null check (criterion in ('OCCUPATION', 'INDUSTRY', 'LANGUAGE', 'CAREER_GOALS', 'CULTURE',
                                                     'PERSONALITY', 'PROXIMITY', 'AVAILABILITY')),
    weight     integer not null check (weight between 0 and 100),
    primary key (program_id, criterion)
);

create table program_criterion (
    program_id      uuid    not null references program (id) on delete cascade,
    position        integer not null,
    id              uuid    not null unique,
    audience        text    not null check (audience in ('MENTEE', 'MENTOR')),
    kind            text    not null check (kind in ('IMMIGRATION_STATUS', 'FOREIGN_DIPLOMA', 'LANGUAGE_BENCHMARK',
                                                     'RESIDENT_OF', 'WORKSHOP_ATTENDED', 'EXPERIENCE_AT_LEAST',
                                                     'YEARS_IN_CANADA_AT_MOST', 'AGE_BETWEEN', 'MEMBER_OF',
                                                     'COMMITMENT_AT_LEAST', 'ATTESTATION')),
    codes           text,
    first_number    integer,
    second_number   integer,
    organisation_id uuid references organisation (id),
    text_en         text,
    text_fr         text,
    primary key (program_id, position)
);

create table program_coordinator (
    program_id uuid not null references program (id) on delete cascade,
    user_id    uuid not null references user_account (id),
    primary key (program_id, user_id)
);
create index program_coordinator_by_user on program_coordinator (user_id);
