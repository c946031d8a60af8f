-- What a pool run of the program makes as large as possible (issue 11): the total score, as pool
-- runs always did, or as many mentees matched as possible and then the total.
alter table program add column matching_objective text not null default 'MAXIMUM_TOTAL'
    check (matching_objective in ('MAXIMUM_TOTAL', 'MOST_MATCHED_THEN_TOTAL'));
