-- Support requests (policy P-10) and their audit trail.
create table support_request (
    id                     bigint       not null auto_increment primary key,
    reference              varchar(20),
    beneficiary_account_id bigint       not null,
    service_code           varchar(40)  not null,
    channel                varchar(30)  not null,
    state                  varchar(20)  not null,
    applicant_name         varchar(200) not null,
    need_description       text,
    declaration_version    varchar(20),
    declaration_signature  varchar(200),
    submitted_at           datetime(6),
    expected_decision_date date,
    snapshot_sha256        char(64),
    information_requested  text,
    social_study           text,
    decision_reason        text,
    decided_at             datetime(6),
    created_at             datetime(6)  not null,
    version                bigint       not null,
    constraint uk_support_request_reference unique (reference),
    constraint fk_support_request_beneficiary foreign key (beneficiary_account_id) references account (id),
    index ix_support_request_state (state, expected_decision_date),
    index ix_support_request_beneficiary (beneficiary_account_id)
);

create table support_request_audit (
    request_id       bigint      not null,
    position         int         not null,
    occurred_at      datetime(6) not null,
    actor_account_id bigint,
    from_state       varchar(20),
    to_state         varchar(20) not null,
    note             text,
    primary key (request_id, position),
    constraint fk_support_request_audit_request foreign key (request_id) references support_request (id) on delete cascade
);
