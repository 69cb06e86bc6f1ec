-- Every staff opening of a sensitive record: who, which role, what, whose, when. Append-only.
create table access_log (
    id                 bigint       not null auto_increment primary key,
    opened_at          datetime(6)  not null,
    staff_account_id   bigint       not null,
    staff_name         varchar(200) not null,
    staff_role         varchar(40)  not null,
    subject_account_id bigint,
    record_kind        varchar(40)  not null,
    record_id          bigint       not null,
    record_label       varchar(300) not null,
    index ix_access_log_opened (opened_at, id),
    index ix_access_log_subject (subject_account_id, opened_at),
    index ix_access_log_collapse (staff_account_id, record_kind, record_id, opened_at)
);
