-- Volunteering (PRODUCT.md section 3): applications with their profile rows, audit trail,
-- documents, thread and internal notes; opportunities with their seats; the volunteers' places in
-- them with attendance and hours; certificates of hours.
create table volunteer_application (
    id                 bigint       not null auto_increment primary key,
    reference          varchar(20),
    account_id         bigint       not null,
    state              varchar(20)  not null,
    full_name          varchar(200),
    national_id        char(10),
    birth_date         date,
    gender             varchar(10),
    region             varchar(30),
    city               varchar(100),
    mobile             varchar(16),
    email              varchar(254),
    education          varchar(20),
    field_of_study     varchar(200),
    experience         text,
    motivation         text,
    consent_version    varchar(20),
    consented_at       datetime(6),
    submitted_at       datetime(6),
    interview_at       datetime(6),
    interview_mode     varchar(10),
    interview_location varchar(300),
    decision_reason    text,
    decided_at         datetime(6),
    activated_at       datetime(6),
    created_at         datetime(6)  not null,
    version            bigint       not null,
    -- One application that is not rejected or withdrawn per account, even with two tabs at once.
    open_account_id    bigint as (if(state in ('REJECTED', 'WITHDRAWN'), null, account_id)) persistent,
    constraint uk_volunteer_application_reference unique (reference),
    constraint uk_volunteer_application_open unique (open_account_id),
    constraint fk_volunteer_application_account foreign key (account_id) references account (id),
    index ix_volunteer_application_queue (state, submitted_at),
    index ix_volunteer_application_account (account_id)
);

create table volunteer_application_skill (
    application_id bigint      not null,
    skill          varchar(30) not null,
    primary key (application_id, skill),
    index ix_volunteer_skill (skill),
    constraint fk_volunteer_skill_application foreign key (application_id) references volunteer_application (id) on delete cascade
);

create table volunteer_application_language (
    application_id bigint      not null,
    language       varchar(20) not null,
    primary key (application_id, language),
    constraint fk_volunteer_language_application foreign key (application_id) references volunteer_application (id) on delete cascade
);

create table volunteer_application_interest (
    application_id bigint      not null,
    interest       varchar(30) not null,
    primary key (application_id, interest),
    index ix_volunteer_interest (interest),
    constraint fk_volunteer_interest_application foreign key (application_id) references volunteer_application (id) on delete cascade
);

create table volunteer_licence (
    application_id bigint       not null,
    position       int          not null,
    kind           varchar(20),
    number         varchar(40),
    issuer         varchar(200),
    expires_on     date,
    primary key (application_id, position),
    constraint fk_volunteer_licence_application foreign key (application_id) references volunteer_application (id) on delete cascade
);

create table volunteer_availability (
    application_id bigint      not null,
    position       int         not null,
    day_of_week    varchar(10),
    starts_at      time,
    ends_at        time,
    primary key (application_id, position),
    index ix_volunteer_availability_day (day_of_week),
    constraint fk_volunteer_availability_application foreign key (application_id) references volunteer_application (id) on delete cascade
);

create table volunteer_application_audit (
    application_id   bigint      not null,
    position         int         not null,
    occurred_at      datetime(6) not null,
    actor_account_id bigint,
    from_state       varchar(20),
    to_state         varchar(20) not null,
    note             text,
    internal_note    text,
    primary key (application_id, position),
    constraint fk_volunteer_audit_application foreign key (application_id) references volunteer_application (id) on delete cascade
);

create table volunteer_document (
    id             bigint       not null auto_increment primary key,
    application_id bigint       not null,
    kind           varchar(20)  not null,
    file_name      varchar(255) not null,
    media_type     varchar(100) not null,
    size_bytes     bigint       not null,
    sha256         char(64)     not null,
    uploaded_at    datetime(6)  not null,
    constraint fk_volunteer_document_application foreign key (application_id) references volunteer_application (id) on delete cascade,
    index ix_volunteer_document_application (application_id)
);

-- Kept apart so listing documents never reads their bytes.
create table volunteer_document_content (
    document_id bigint   not null primary key,
    content     longblob not null,
    constraint fk_volunteer_document_content foreign key (document_id) references volunteer_document (id) on delete cascade
);

create table volunteer_message (
    id                bigint       not null auto_increment primary key,
    application_id    bigint       not null,
    author_account_id bigint       not null,
    author_name       varchar(200) not null,
    from_staff        boolean      not null,
    body              text         not null,
    created_at        datetime(6)  not null,
    constraint fk_volunteer_message_application foreign key (application_id) references volunteer_application (id) on delete cascade,
    index ix_volunteer_message_application (application_id)
);

create table volunteer_note (
    id                bigint       not null auto_increment primary key,
    application_id    bigint       not null,
    author_account_id bigint       not null,
    author_name       varchar(200) not null,
    body              text         not null,
    created_at        datetime(6)  not null,
    constraint fk_volunteer_note_application foreign key (application_id) references volunteer_application (id) on delete cascade,
    index ix_volunteer_note_application (application_id)
);

create table opportunity (
    id                    bigint       not null auto_increment primary key,
    title                 varchar(150) not null,
    description           text         not null,
    interest              varchar(30)  not null,
    starts_at             datetime(6)  not null,
    ends_at               datetime(6)  not null,
    mode                  varchar(10)  not null,
    location              varchar(300) not null,
    seats                 int          not null,
    seats_taken           int          not null,
    state                 varchar(20)  not null,
    created_by_account_id bigint       not null,
    created_at            datetime(6)  not null,
    version               bigint       not null,
    constraint ck_opportunity_seats check (seats_taken >= 0 and seats_taken <= seats),
    index ix_opportunity_upcoming (state, starts_at),
    index ix_opportunity_ends (ends_at)
);

create table opportunity_skill (
    opportunity_id bigint      not null,
    skill          varchar(30) not null,
    primary key (opportunity_id, skill),
    constraint fk_opportunity_skill foreign key (opportunity_id) references opportunity (id) on delete cascade
);

create table opportunity_enrolment (
    id                      bigint       not null auto_increment primary key,
    opportunity_id          bigint       not null,
    account_id              bigint       not null,
    volunteer_name          varchar(200) not null,
    state                   varchar(20)  not null,
    applied_at              datetime(6)  not null,
    decided_at              datetime(6),
    attendance              varchar(10),
    logged_minutes          int,
    logged_note             varchar(500),
    logged_at               datetime(6),
    confirmed_minutes       int,
    confirmed_at            datetime(6),
    confirmed_by_account_id bigint,
    step                    int          not null,
    version                 bigint       not null,
    constraint uk_enrolment_once unique (opportunity_id, account_id),
    constraint fk_enrolment_opportunity foreign key (opportunity_id) references opportunity (id) on delete cascade,
    constraint fk_enrolment_account foreign key (account_id) references account (id),
    index ix_enrolment_account (account_id)
);

create table volunteer_certificate (
    id                bigint       not null auto_increment primary key,
    code              char(11)     not null,
    account_id        bigint       not null,
    volunteer_name    varchar(200) not null,
    gender            varchar(10),
    confirmed_minutes bigint       not null,
    opportunities     int          not null,
    first_activity    date,
    last_activity     date,
    issued_at         datetime(6)  not null,
    constraint uk_volunteer_certificate_code unique (code),
    constraint fk_volunteer_certificate_account foreign key (account_id) references account (id),
    index ix_volunteer_certificate_account (account_id)
);
