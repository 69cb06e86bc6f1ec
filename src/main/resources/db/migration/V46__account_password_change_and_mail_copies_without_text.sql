-- identity: a generated first password must be replaced at the first sign-in.
alter table account
    add column must_change_password boolean not null default false;

-- notifications: outside demo mode a copy of a sent mail keeps no address, subject or body, only
-- whom (account id), what kind, when and how it went.
alter table sent_mail
    add column recipient_account_id bigint,
    add column kind varchar(40),
    modify column recipient varchar(254),
    modify column subject varchar(300),
    modify column body_html mediumtext,
    add index ix_sent_mail_recipient_account (recipient_account_id);
