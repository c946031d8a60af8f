-- The intake steps each program requires of mentees and of mentors before matching (R-INT-2, R-INT-3)
create table program_intake_step (
    program_id uuid not null references program (id) on delete cascade,
    audience   text not null check (audience in ('MENTEE', 'MENTOR')),
    step       text not null check (step in ('INTERVIEW', 'REFERENCE_CHECK', 'POLICE_CHECK', 'CONFIDENTIALITY_SIGNED',
                                             'PRIVACY_SIGNED', 'ORIENTATION_SESSION', 'MENTOR_WORKSHOP_1',
                                             'MENTOR_WORKSHOP_2')),
    primary key (program_id, audience, step)
);

-- Screening records now cover every intake step: orientation and the mentors' workshops too
alter table participant_screening drop constraint participant_screening_kind_check;
alter table participant_screening add constraint participant_screening_kind_check
    check (kind in ('INTERVIEW', 'REFERENCE_CHECK', 'POLICE_CHECK', 'CONFIDENTIALITY_SIGNED', 'PRIVACY_SIGNED',
                    'ORIENTATION_SESSION', 'MENTOR_WORKSHOP_1', 'MENTOR_WORKSHOP_2'));
