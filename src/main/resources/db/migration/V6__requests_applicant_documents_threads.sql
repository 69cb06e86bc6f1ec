-- The full applicant form (PRODUCT.md section 1), the staff side of a request (assignee,
-- verification checklist, sections reopened for the beneficiary), requests recorded on behalf of
-- someone without an account (P-8), documents, the message thread and internal notes.
alter table support_request
    modify beneficiary_account_id bigint null,
    modify applicant_name varchar(200) null,
    add column applicant_name_latin  varchar(200),
    add column national_id           char(10),
    add column birth_date            date,
    add column birth_calendar        varchar(10),
    add column gender                varchar(10),
    add column nationality           char(2),
    add column marital_status        varchar(20),
    add column region                varchar(30),
    add column city                  varchar(100),
    add column mobile                varchar(16),
    add column email                 varchar(254),
    add column household_members     int,
    add column income_band           varchar(20),
    add column employment            varchar(20),
    add column reopened_sections     varchar(100),
    add column assignee_account_id   bigint,
    add column recorded_by_account_id bigint,
    add column checked_identity      boolean not null default false,
    add column checked_documents     boolean not null default false,
    add column checked_data          boolean not null default false,
    add constraint fk_support_request_assignee foreign key (assignee_account_id) references account (id),
    add constraint fk_support_request_recorded_by foreign key (recorded_by_account_id) references account (id),
    add index ix_support_request_claim (national_id, beneficiary_account_id),
    add index ix_support_request_assignee (assignee_account_id, state);

create table support_request_document (
    id                  bigint       not null auto_increment primary key,
    request_id          bigint       not null,
    document_type       varchar(30)  not null,
    file_name           varchar(255) not null,
    media_type          varchar(100) not null,
    size_bytes          bigint       not null,
    sha256              char(64)     not null,
    uploaded_by         bigint       not null,
    uploaded_at         datetime(6)  not null,
    constraint fk_request_document_request foreign key (request_id) references support_request (id) on delete cascade,
    index ix_request_document_request (request_id, document_type)
);

-- Kept apart so listing documents never reads their bytes.
create table support_request_document_content (
    document_id bigint   not null primary key,
    content     longblob not null,
    constraint fk_request_document_content foreign key (document_id) references support_request_document (id) on delete cascade
);

create table support_request_message (
    id                bigint       not null auto_increment primary key,
    request_id        bigint       not null,
    author_account_id bigint       not null,
    author_name       varchar(200) not null,
    from_staff        boolean      not null,
    body              text         not null,
    created_at        datetime(6)  not null,
    constraint fk_request_message_request foreign key (request_id) references support_request (id) on delete cascade,
    index ix_request_message_request (request_id, id)
);

-- Staff only: never shown to the beneficiary.
create table support_request_note (
    id                bigint       not null auto_increment primary key,
    request_id        bigint       not null,
    author_account_id bigint       not null,
    author_name       varchar(200) not null,
    body              text         not null,
    created_at        datetime(6)  not null,
    constraint fk_request_note_request foreign key (request_id) references support_request (id) on delete cascade,
    index ix_request_note_request (request_id, id)
);

-- Why a case was referred, and the like: staff only.
alter table support_request_audit add column internal_note text;
