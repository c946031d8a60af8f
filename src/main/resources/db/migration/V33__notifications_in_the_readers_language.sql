-- A notification keeps what it says as a message code and its arguments, so that it reads in the
-- reader's language of the moment; the text written at the time stays for the notifications
-- written before.
alter table notification
    add column code      text,
    add column arguments text;
