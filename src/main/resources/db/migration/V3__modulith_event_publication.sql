-- Spring Modulith's event publication registry (the transactional outbox). Layout of
-- org.springframework.modulith.events.jpa.JpaEventPublication in Spring Modulith 2.0.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       datetime(6)   not null,
    completion_date        datetime(6),
    last_resubmission_date datetime(6),
    completion_attempts    int           not null default 0,
    status                 varchar(20),
    index ix_event_publication_incomplete (completion_date, publication_date)
);

create table event_publication_archive (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       datetime(6)   not null,
    completion_date        datetime(6),
    last_resubmission_date datetime(6),
    completion_attempts    int           not null default 0,
    status                 varchar(20)
);
