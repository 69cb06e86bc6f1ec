-- inquiries: a message from an unknown number lands in the contact log by itself (no member of
-- staff logged it) until an officer links it to a person.
alter table contact_log modify logged_by_account_id bigint null;
