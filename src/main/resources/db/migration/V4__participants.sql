-- Mentees and mentors: one record per person, whatever programs they take part in (R-REC-1, R-INT-2..4)
create table participant (
    id                       uuid primary key,
    version                  bigint      not null,
    first_name               text        not null check (length(btrim(first_name)) between 1 and 100),
    last_name                text        not null check (length(btrim(last_name)) between 1 and 100),
    email                    text check (email = lower(btrim(email)) and email like '%_@_%'),
    phone                    text,
    birth_date               date check (birth_date >= date '1900-01-01'),
    preferred_language       text        not null check (preferred_language in ('FR', 'EN')),
    gender                   text check (gender in ('WOMAN', 'MAN', 'NON_BINARY', 'UNDISCLOSED')),
    postal_code              text check (postal_code ~ '^[A-Z][0-9][A-Z] [0-9][A-Z][0-9]$'),
    city                     text,
    province                 text check (province in ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT')),
    occupation_code          text,
    target_occupation_code   text,
    industry_code            text,
    years_experience_abroad  integer check (years_experience_abroad between 0 and 70),
    years_experience_canada  integer check (years_experience_canada between 0 and 70),
    education                text check (education in ('SECONDARY', 'COLLEGE', 'BACHELOR', 'MASTER', 'DOCTORATE')),
    foreign_diploma          boolean,
    credentials              text check (credentials in ('NOT_NEEDED', 'NOT_STARTED', 'IN_PROGRESS', 'RECOGNISED')),
    immigration_status       text check (immigration_status in ('CITIZEN', 'PERMANENT_RESIDENT', 'CONVENTION_REFUGEE',
                                                                'PROTECTED_PERSON', 'REFUGEE_CLAIMANT', 'TEMPORARY_WORKER',
                                                                'INTERNATIONAL_STUDENT', 'OTHER')),
    arrival_date             date check (arrival_date >= date '1900-01-01'),
    country_of_origin        text check (country_of_origin ~ '^[A-Z]{2}$'),
    cultural_background      text,
    career_goals             text,
    remote_ok                boolean     not null,
    commitment_months        integer check (commitment_months between 1 and 120),
    employer_organisation_id uuid references organisation (id),
    employer_name            text,
    position_level           text check (position_level in ('ENTRY', 'INTERMEDIATE', 'SENIOR', 'MANAGEMENT', 'EXECUTIVE')),
    work_status              text check (work_status in ('WORKING', 'RETIRED', 'STUDENT')),
    capacity                 integer check (capacity between 1 and 100),
    recruitment_source       text check (recruitment_source in ('EXISTING_MENTOR', 'PROFESSIONAL_ASSOCIATION',
                                                                'EMPLOYER_PARTNER', 'NEWSPAPER_AD', 'EMAIL_BLAST',
                                                                'EVENT_KIOSK', 'VOLUNTEER_SITE', 'OTHER')),
    accommodation_needs      text,
    user_id                  uuid unique references user_account (id),
    referred_by              uuid references organisation (id),
    created_at               timestamptz not null,
    search_vector            tsvector generated always as (
        setweight(to_tsvector('simple', passerelle_fold(first_name || ' ' || last_name)), 'A')
        || setweight(to_tsvector('french', passerelle_fold(coalesce(career_goals, ''))), 'B')
        || setweight(to_tsvector('english', passerelle_fold(coalesce(career_goals, ''))), 'B')) stored,
    check (arrival_date is null or birth_date is null or arrival_date >= birth_date)
);
create unique index participant_email_unique on participant (email) where email is not null;
create index participant_identity on participant (passerelle_fold(first_name || ' ' || last_name), birth_date);
create index participant_search on participant using gin (search_vector);
create index participant_occupation on participant (occupation_code text_pattern_ops);
create index participant_target_occupation on participant (target_occupation_code text_pattern_ops);
create index participant_by_referrer on participant (referred_by);
create index participant_by_employer on participant (employer_organisation_id);

create table participant_language (
    participant_id uuid    not null references participant (id) on delete cascade,
    position       integer not null,
    language_code  text    not null check (language_code ~ '^[a-z]{2,3}$'),
    level          integer check (level between 1 and 12),
    primary key (participant_id, position)
);
create index participant_language_by_code on participant_language (language_code);

create table participant_availability (
    participant_id uuid not null references participant (id) on delete cascade,
    slot           text not null check (slot in ('WEEKDAY_DAYTIME', 'WEEKDAY_EVENING', 'WEEKEND')),
    primary key (participant_id, slot)
);

create table participant_workshop (
    participant_id uuid not null references participant (id) on delete cascade,
    workshop       text not null,
    primary key (participant_id, workshop)
);

create table participant_participation (
    participant_id uuid not null references participant (id) on delete cascade,
    program_id     uuid not null references program (id),
    role           text not null check (role in ('MENTEE', 'MENTOR')),
    status         text not null check (status in ('APPLIED', 'ENROLLED', 'COMPLETED', 'WITHDRAWN', 'NOT_SELECTED')),
    since          date not null,
    unique (participant_id, program_id, role)
);
create index participant_participation_by_program on participant_participation (program_id);

create table participant_screening (
    participant_id uuid    not null references participant (id) on delete cascade,
    position       integer not null,
    id             uuid    not null unique,
    kind           text    not null check (kind in ('INTERVIEW', 'REFERENCE_CHECK', 'POLICE_CHECK',
                                                    'CONFIDENTIALITY_SIGNED', 'PRIVACY_SIGNED')),
    date           date    not null,
    outcome        text    not null check (outcome in ('PENDING', 'PASSED', 'FAILED')),
    notes          text,
    program_id     uuid references program (id),
    primary key (participant_id, position)
);

create table participant_consent (
    participant_id uuid        not null references participant (id) on delete cascade,
    purpose        text        not null check (purpose in ('SHARE_WITH_PROGRAM', 'SHARE_WITH_REFERRING_AGENCY',
                                                           'SHARE_WITH_EMPLOYER', 'CONTACT_BY_EMAIL', 'SURVEYS',
                                                           'PHOTOGRAPHS')),
    granted        boolean     not null,
    recorded_at    timestamptz not null,
    recorded_by    uuid,
    unique (participant_id, purpose)
);
