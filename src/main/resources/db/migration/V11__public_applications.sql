-- Whether mentees may apply to a program directly, on the public form (mentors always may)
alter table program add column mentees_may_apply boolean not null default false;
