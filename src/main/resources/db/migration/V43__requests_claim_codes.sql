-- Claiming a request recorded on someone's behalf (P-8) needs proof of the mobile recorded on it:
-- a one-time code sent there (kept only as a salted hash), or a relations officer's confirmation.
create table request_claim (
    id                  bigint      not null auto_increment primary key,
    request_id          bigint      not null,
    claimant_account_id bigint      not null,
    status              varchar(20) not null,
    code_salt           char(32),
    code_hash           char(64),
    code_expires_at     datetime(6),
    wrong_tries         int         not null default 0,
    created_at          datetime(6) not null,
    closed_at           datetime(6),
    version             bigint      not null default 0,
    constraint fk_request_claim_request foreign key (request_id) references support_request (id) on delete cascade,
    index ix_request_claim_claimant (claimant_account_id, status),
    index ix_request_claim_request (request_id, status)
);

-- Which step of a claim an audit entry records; empty for a change of state.
alter table support_request_audit add column claim_step varchar(20);
update support_request_audit set claim_step = 'LINKED' where from_state = to_state;
