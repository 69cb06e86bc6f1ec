-- Optional uses of a person's data they may stop at any time (PDPL); no row means the use is allowed
-- under the privacy notice the person agreed to.
create table account_optional_use (
    account_id bigint      not null,
    purpose    varchar(30) not null,
    allowed    boolean     not null,
    changed_at datetime(6) not null,
    primary key (account_id, purpose),
    constraint fk_optional_use_account foreign key (account_id) references account (id) on delete cascade
);

-- Requests to erase an account and what became of them. The row outlives the erasure: the trail
-- that a deletion happened, when and on whose decision, holds no personal data.
create table data_erasure (
    id                   bigint       not null auto_increment primary key,
    account_id           bigint       not null,
    state                varchar(20)  not null,
    reasons              varchar(500),
    requested_at         datetime(6)  not null,
    decided_at           datetime(6),
    decided_by           bigint,
    refusal_reason       text,
    erased_at            datetime(6),
    records_erased       int,
    version              bigint       not null,
    constraint fk_data_erasure_account foreign key (account_id) references account (id),
    index ix_data_erasure_state (state, requested_at),
    index ix_data_erasure_account (account_id, id)
);

-- Files anonymised by an erasure or by the retention rule are marked, so the job skips them.
alter table support_request add column anonymised_at datetime(6);
alter table inquiry add column anonymised_at datetime(6);
alter table volunteer_application add column anonymised_at datetime(6);

-- ShedLock: a scheduled job runs on one node at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null default current_timestamp(3),
    locked_by  varchar(255) not null
);
