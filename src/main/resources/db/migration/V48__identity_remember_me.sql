-- identity: "stay signed in on this device" (persistent remember-me tokens). A series names one
-- browser; its token changes at every use. Only a SHA-256 hash of the token is kept, so a copy of
-- this table signs nobody in. Rows go with their account.
create table remember_me_token (
    series     varchar(64) not null primary key,
    account_id bigint      not null,
    token_hash char(64)    not null,
    last_used  datetime(6) not null,
    constraint fk_remember_me_account foreign key (account_id) references account (id) on delete cascade,
    index ix_remember_me_account (account_id)
);
