-- In-app notifications (the bell), and a key that stops one event from being mailed twice.
create table notification (
    id                   bigint       not null auto_increment primary key,
    recipient_account_id bigint       not null,
    dedupe_key           varchar(120) not null,
    title                varchar(300) not null,
    body                 text,
    link                 varchar(200),
    created_at           datetime(6)  not null,
    read_at              datetime(6),
    constraint uk_notification_dedupe unique (dedupe_key),
    constraint fk_notification_recipient foreign key (recipient_account_id) references account (id),
    index ix_notification_recipient (recipient_account_id, read_at, id)
);

alter table sent_mail
    add column dedupe_key varchar(120),
    add constraint uk_sent_mail_dedupe unique (dedupe_key);
