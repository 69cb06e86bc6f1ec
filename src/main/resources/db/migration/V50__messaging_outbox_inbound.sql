-- messaging: every text message and WhatsApp message the portal sends, as an outbox. A row is
-- written with the change that causes it (dedupe_key makes a redelivered event a no-op), sent by
-- one node at a time, retried with backoff, and its delivery status updated from the provider's
-- webhook. body and params are sealed (docs/security.md).
create table outbound_message (
    id                  bigint       not null auto_increment primary key,
    channel             varchar(16)  not null,
    purpose             varchar(24)  not null,
    dedupe_key          varchar(190) not null,
    account_id          bigint,
    mobile              varchar(20)  not null,
    language            varchar(5)   not null,
    case_kind           varchar(16),
    case_id             bigint,
    template_name       varchar(64),
    row_key             varchar(32),
    params              text,
    body                text,
    status              varchar(16)  not null,
    attempts            int          not null default 0,
    next_attempt_at     datetime(6)  not null,
    claimed_until       datetime(6),
    provider_message_id varchar(128),
    segments            int,
    last_error          varchar(300),
    created_at          datetime(6)  not null,
    sent_at             datetime(6),
    status_at           datetime(6),
    version             bigint       not null default 0,
    constraint uk_outbound_message_dedupe unique (dedupe_key),
    constraint uk_outbound_message_row_key unique (row_key),
    index ix_outbound_message_due (status, next_attempt_at),
    index ix_outbound_message_case (case_kind, case_id),
    index ix_outbound_message_provider (channel, provider_message_id),
    index ix_outbound_message_created (created_at, channel)
);

-- messaging: what came in by WhatsApp (or a text message), where it went (an inquiry, or the
-- contact log for an unknown number), and a photo or document held for an officer.
create table inbound_message (
    id                  bigint       not null auto_increment primary key,
    channel             varchar(16)  not null,
    provider_message_id varchar(128) not null,
    mobile              varchar(20)  not null,
    account_id          bigint,
    inquiry_id          bigint,
    contact_id          bigint,
    kind                varchar(16)  not null,
    row_key             varchar(32),
    body                text,
    media_type          varchar(100),
    media_file_name     varchar(200),
    media_sha256        char(64),
    media_refusal       varchar(60),
    received_at         datetime(6)  not null,
    constraint uk_inbound_message_provider unique (channel, provider_message_id),
    constraint uk_inbound_message_row_key unique (row_key),
    index ix_inbound_message_inquiry (inquiry_id),
    index ix_inbound_message_mobile (mobile, channel, received_at)
);

-- messaging: the bytes of a photo or PDF that passed the upload rules, apart so that listing
-- messages never reads them.
create table inbound_media (
    inbound_id bigint   not null primary key,
    content    longblob not null,
    constraint fk_inbound_media_message foreign key (inbound_id) references inbound_message (id) on delete cascade
);

-- messaging: numbers that answered with an opt-out word, per channel; nothing but a code the
-- person asks for is sent to them on that channel again until they choose it again on my-data.
create table messaging_opt_out (
    mobile     varchar(20) not null,
    channel    varchar(16) not null,
    opted_at   datetime(6) not null,
    primary key (mobile, channel)
);

-- messaging: webhook calls already handled (provider, event id), so a replayed call changes nothing.
create table webhook_receipt (
    provider    varchar(16)  not null,
    event_id    varchar(190) not null,
    received_at datetime(6)  not null,
    primary key (provider, event_id),
    index ix_webhook_receipt_received (received_at)
);
