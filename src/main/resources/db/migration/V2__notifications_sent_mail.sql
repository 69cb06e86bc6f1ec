-- Every mail the portal sent or, without a mail server, only logged.
create table sent_mail (
    id         bigint       not null auto_increment primary key,
    recipient  varchar(254) not null,
    subject    varchar(300) not null,
    body_html  mediumtext   not null,
    transport  varchar(10)  not null,
    created_at datetime(6)  not null,
    index ix_sent_mail_created (created_at)
);
