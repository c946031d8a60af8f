-- Questionnaires as data (issue 13, R-EVA-1): a coordinator builds a program's questionnaires,
-- question by question in French and English, and attaches them to moments of the mentorships.
-- A version that has answers is never changed again: editing it makes the next version, and each
-- answer keeps the version it answered.
create table questionnaire (
    id          uuid primary key,
    program_id  uuid        not null references program (id),
    template    text,
    created_at  timestamptz not null,
    created_by  uuid        not null
);
create index questionnaire_by_program on questionnaire (program_id);

create table questionnaire_version (
    id               uuid primary key,
    questionnaire_id uuid        not null references questionnaire (id) on delete cascade,
    number           integer     not null check (number > 0),
    title_fr         text        not null check (length(title_fr) between 1 and 200),
    title_en         text        not null check (length(title_en) between 1 and 200),
    created_at       timestamptz not null,
    unique (questionnaire_id, number)
);

create table questionnaire_question (
    id         uuid primary key,
    version_id uuid    not null references questionnaire_version (id) on delete cascade,
    position   integer not null check (position > 0),
    type       text    not null check (type in ('SCALE', 'YES_NO', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER',
                                                'DATE', 'TEXT')),
    text_fr    text    not null check (length(text_fr) between 1 and 500),
    text_en    text    not null check (length(text_en) between 1 and 500),
    required   boolean not null,
    tag        text check (tag in ('MATCH_FIT', 'RELATIONSHIP_QUALITY', 'GOALS', 'SATISFACTION')),
    unique (version_id, position)
);

-- The choices of a single or multiple choice question, numbered from 1 in their order
create table questionnaire_choice (
    question_id uuid    not null references questionnaire_question (id) on delete cascade,
    position    integer not null check (position > 0),
    label_fr    text    not null check (length(label_fr) between 1 and 200),
    label_en    text    not null check (length(label_en) between 1 and 200),
    primary key (question_id, position)
);

-- When a questionnaire is sent, and to whom
create table questionnaire_moment (
    id               uuid primary key,
    questionnaire_id uuid        not null references questionnaire (id) on delete cascade,
    kind             text        not null check (kind in ('AFTER_START', 'DURING', 'AT_CLOSURE', 'AFTER_CLOSURE',
                                                          'YEARLY_FOR_MENTORS')),
    audience         text        not null check (audience in ('MENTEES', 'MENTORS', 'BOTH')),
    days             integer check (days between 1 and 3650),
    every_days       integer check (every_days between 1 and 3650),
    months           integer check (months between 1 and 120),
    yearly_month     integer check (yearly_month between 1 and 12),
    yearly_day       integer check (yearly_day between 1 and 31),
    created_on       date        not null,
    removed_on       date,
    check (kind <> 'AFTER_START' or days is not null),
    check (kind <> 'DURING' or (days is not null and every_days is not null)),
    check (kind <> 'AFTER_CLOSURE' or months is not null),
    check (kind <> 'YEARLY_FOR_MENTORS' or (yearly_month is not null and yearly_day is not null
                                            and audience = 'MENTORS'))
);

-- The pairs whose moments the questionnaires follow, as the match and mentorship events tell them
create table questionnaire_pairing (
    match_id   uuid primary key,
    program_id uuid not null references program (id),
    mentee_id  uuid not null references participant (id) on delete cascade,
    mentor_id  uuid not null references participant (id) on delete cascade,
    started_on date not null,
    closed_on  date
);
create index questionnaire_pairing_by_program on questionnaire_pairing (program_id);

-- The pairs that started before questionnaires existed
insert into questionnaire_pairing (match_id, program_id, mentee_id, mentor_id, started_on, closed_on)
select match_id, program_id, mentee_id, mentor_id, started_on, closed_on from mentorship;

-- One questionnaire asked of one person at one moment; answered once, by them, by link or by phone
create table questionnaire_request (
    id               uuid primary key,
    questionnaire_id uuid        not null references questionnaire (id) on delete cascade,
    moment_id        uuid        not null references questionnaire_moment (id) on delete cascade,
    program_id       uuid        not null references program (id),
    participant_id   uuid        not null references participant (id) on delete cascade,
    role             text        not null check (role in ('MENTEE', 'MENTOR')),
    match_id         uuid,
    due_on           date        not null,
    status           text        not null check (status in ('SENT', 'NOT_REACHABLE', 'ANSWERED')),
    by_link          boolean     not null,
    created_at       timestamptz not null,
    reminded_at      timestamptz,
    answered_at      timestamptz,
    answered_via     text check (answered_via in ('SELF', 'LINK', 'PHONE')),
    recorded_by      uuid,
    version_id       uuid references questionnaire_version (id),
    check ((status = 'ANSWERED') = (answered_at is not null and answered_via is not null and version_id is not null))
);
-- The daily job asks each person once per moment, pair and date, however often it runs
create unique index questionnaire_request_once on questionnaire_request
    (moment_id, participant_id, coalesce(match_id, '00000000-0000-0000-0000-000000000000'::uuid), due_on);
create index questionnaire_request_by_participant on questionnaire_request (participant_id, status);
create index questionnaire_request_by_program on questionnaire_request (program_id, due_on);

create table questionnaire_answer (
    request_id   uuid not null references questionnaire_request (id) on delete cascade,
    question_id  uuid not null references questionnaire_question (id),
    number_value numeric,
    text_value   text check (length(text_value) <= 4000),
    date_value   date,
    choices      integer[],
    primary key (request_id, question_id)
);

-- A questionnaire waiting for an answer is a reminder people may turn off
alter table reminder_preference drop constraint reminder_preference_kind_check;
alter table reminder_preference add constraint reminder_preference_kind_check
    check (kind in ('PROPOSAL_WAITING', 'MEETING_NOT_LOGGED', 'CHECK_IN_DUE', 'CLOSURE_APPROACHING',
                    'QUESTIONNAIRE_WAITING'));
