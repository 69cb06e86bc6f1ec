-- Accounts of beneficiaries, volunteers and staff; one person, one account, several roles.
create table account (
    id              bigint       not null auto_increment primary key,
    email           varchar(254) not null,
    full_name       varchar(200) not null,
    mobile          varchar(13),
    password_hash   varchar(255),
    status          varchar(32)  not null,
    language        varchar(5)   not null,
    consent_version varchar(20),
    consented_at    datetime(6),
    created_at      datetime(6)  not null,
    version         bigint       not null,
    constraint uk_account_email unique (email)
);

create table account_role (
    account_id bigint      not null,
    role       varchar(40) not null,
    primary key (account_id, role),
    constraint fk_account_role_account foreign key (account_id) references account (id) on delete cascade
);

-- Sign-ins through an OpenID Connect provider; (provider, subject) names one person at that provider.
create table account_oidc_link (
    id         bigint       not null auto_increment primary key,
    account_id bigint       not null,
    provider   varchar(100) not null,
    subject    varchar(255) not null,
    linked_at  datetime(6)  not null,
    constraint uk_oidc_link unique (provider, subject),
    constraint fk_oidc_link_account foreign key (account_id) references account (id) on delete cascade
);

-- Only the SHA-256 of a verification token is stored: a leaked table cannot verify anyone.
create table email_verification (
    id         bigint      not null auto_increment primary key,
    account_id bigint      not null,
    token_hash char(64)    not null,
    created_at datetime(6) not null,
    expires_at datetime(6) not null,
    used_at    datetime(6),
    constraint uk_email_verification_token unique (token_hash),
    constraint fk_email_verification_account foreign key (account_id) references account (id) on delete cascade
);
