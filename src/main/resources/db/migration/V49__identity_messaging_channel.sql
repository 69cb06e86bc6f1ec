-- identity: which way a person wants case messages on their mobile (text message or WhatsApp).
-- No row means text messages (while SMS_UPDATES is allowed); choosing WhatsApp is an explicit
-- consent, kept with its time.
create table account_messaging_channel (
    account_id bigint      not null primary key,
    channel    varchar(16) not null,
    changed_at datetime(6) not null,
    constraint fk_messaging_channel_account foreign key (account_id) references account (id) on delete cascade
);
