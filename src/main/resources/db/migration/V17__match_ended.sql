-- A match ends when the mentorship that followed it closes: the mentee may be matched again
alter table match drop constraint match_status_check;
alter table match add constraint match_status_check
    check (status in ('PROPOSED', 'ACCEPTED', 'INTRODUCED', 'AGREED', 'DECLINED', 'CANCELLED', 'ENDED'));
