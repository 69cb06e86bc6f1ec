-- Questions people ask the association and their threads (P-4, P-10.1), the answers staff keep
-- ready, and the log of contacts that happened outside the portal (P-8).
create table inquiry (
    id                     bigint       not null auto_increment primary key,
    asker_account_id       bigint       not null,
    asker_name             varchar(200) not null,
    request_id             bigint,
    request_reference      varchar(30),
    channel                varchar(30)  not null,
    subject                varchar(200) not null,
    state                  varchar(30)  not null,
    assignee_account_id    bigint,
    referred_to_research   boolean      not null default false,
    recorded_by_account_id bigint,
    created_at             datetime(6)  not null,
    first_response_at      datetime(6),
    last_activity_at       datetime(6)  not null,
    closed_at              datetime(6),
    version                bigint       not null,
    constraint fk_inquiry_asker foreign key (asker_account_id) references account (id),
    constraint fk_inquiry_assignee foreign key (assignee_account_id) references account (id),
    index ix_inquiry_asker (asker_account_id, id),
    index ix_inquiry_queue (state, last_activity_at),
    index ix_inquiry_assignee (assignee_account_id, state)
);

create table inquiry_message (
    id                bigint       not null auto_increment primary key,
    inquiry_id        bigint       not null,
    author_account_id bigint       not null,
    author_name       varchar(200) not null,
    from_staff        boolean      not null,
    body              text         not null,
    created_at        datetime(6)  not null,
    constraint fk_inquiry_message_inquiry foreign key (inquiry_id) references inquiry (id) on delete cascade,
    index ix_inquiry_message_inquiry (inquiry_id, id)
);

-- Staff-side history: assigned, referred, answered, closed. Never shown to the asker.
create table inquiry_history (
    inquiry_id       bigint        not null,
    position         int           not null,
    occurred_at      datetime(6)   not null,
    actor_account_id bigint,
    kind             varchar(30)   not null,
    note             varchar(1000),
    primary key (inquiry_id, position),
    constraint fk_inquiry_history_inquiry foreign key (inquiry_id) references inquiry (id) on delete cascade
);

create table canned_answer (
    id         bigint       not null auto_increment primary key,
    title_ar   varchar(150) not null,
    title_en   varchar(150) not null,
    body_ar    text         not null,
    body_en    text         not null,
    sort_order int          not null default 0,
    active     boolean      not null default true,
    version    bigint       not null
);

create table contact_log (
    id                   bigint       not null auto_increment primary key,
    channel              varchar(30)  not null,
    person_account_id    bigint,
    person_name          varchar(200) not null,
    person_mobile        varchar(16),
    topic                varchar(200) not null,
    outcome              text         not null,
    follow_up_on         date,
    follow_up_done_at    datetime(6),
    follow_up_note       varchar(1000),
    inquiry_id           bigint,
    logged_by_account_id bigint       not null,
    logged_by_name       varchar(200) not null,
    logged_at            datetime(6)  not null,
    version              bigint       not null,
    constraint fk_contact_log_person foreign key (person_account_id) references account (id),
    constraint fk_contact_log_logged_by foreign key (logged_by_account_id) references account (id),
    index ix_contact_log_follow_up (follow_up_done_at, follow_up_on),
    index ix_contact_log_channel (channel, logged_at)
);

insert into canned_answer (title_ar, title_en, body_ar, body_en, sort_order, active, version) values
('مدة البت في الطلب', 'Time to a decision',
 'شكرًا لتواصلك معنا. تُعرض طلبات الدعم على لجنة البحث التي تدرسها وتبلغك بالقبول أو الرفض خلال مدة تقارب أسبوعين من تقديم الطلب مكتملًا، وستصلك رسالة عند كل تغيير في حالة طلبك.',
 'Thank you for contacting us. Support requests go to the research committee, which studies them and tells you whether they are accepted or rejected within about two weeks of a complete submission. You will be notified of every change to your request.',
 10, true, 0),
('المستندات المطلوبة', 'Documents needed',
 'تجد المستندات المطلوبة لكل خدمة في صفحة «خدماتنا». يمكنك رفع المستندات بصيغة PDF أو صورة (JPEG/PNG) من صفحة طلبك، وإن تعذّر عليك ذلك فأخبرنا وسنساعدك.',
 'The documents each service needs are listed on the "Our services" page. You can upload them as PDF or as a picture (JPEG/PNG) from your request page; if you cannot, tell us and we will help.',
 20, true, 0),
('سرية البيانات', 'Confidentiality',
 'بياناتك سرية، ولا يطّلع عليها إلا الموظفون المختصون بخدمتك في الجمعية، ولا تُشارك مع أي جهة دون موافقتك إلا بما يوجبه النظام.',
 'Your information is confidential: only the association staff who serve you can see it, and it is not shared with anyone without your consent except where the law requires it.',
 30, true, 0);
