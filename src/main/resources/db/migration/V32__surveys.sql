-- Satisfaction (PRODUCT.md section 4, P-6, P-7): versioned survey templates, invitations with
-- single-use links, responses with their dimension ratings, the summary tables the dashboards read
-- (kept up to date with every invitation and response), and improvement actions.
create table survey_template (
    id             bigint      not null auto_increment primary key,
    trigger_type   varchar(20) not null,
    version_number int         not null,
    intro_ar       text,
    intro_en       text,
    current_version boolean    not null,
    created_at     datetime(6) not null,
    created_by     bigint,
    version        bigint      not null,
    constraint uk_survey_template_version unique (trigger_type, version_number),
    index ix_survey_template_current (trigger_type, current_version)
);

create table survey_template_dimension (
    template_id bigint       not null,
    position    int          not null,
    code        varchar(20)  not null,
    label_ar    varchar(100) not null,
    label_en    varchar(100) not null,
    primary key (template_id, position),
    constraint fk_survey_dimension_template foreign key (template_id) references survey_template (id) on delete cascade
);

create table survey_invitation (
    id               bigint       not null auto_increment primary key,
    token_hash       char(64)     not null,
    token_sealed     varchar(200) not null,
    source_key       varchar(100) not null,
    account_id       bigint,
    trigger_type     varchar(20)  not null,
    service_code     varchar(40),
    channel          varchar(30),
    region           varchar(30),
    step             varchar(30),
    staff_account_id bigint,
    team             varchar(30),
    language         varchar(5)   not null,
    created_at       datetime(6)  not null,
    expires_at       datetime(6)  not null,
    reminded_at      datetime(6),
    answered_at      datetime(6),
    constraint uk_survey_invitation_token unique (token_hash),
    constraint uk_survey_invitation_source unique (source_key),
    index ix_survey_invitation_person (account_id, created_at),
    index ix_survey_invitation_reminder (answered_at, reminded_at, created_at)
);

-- One row per person: locked while an invitation is considered, so no one is invited twice in a
-- week even when two closings arrive at the same moment.
create table survey_person (
    account_id      bigint      not null primary key,
    last_invited_at datetime(6)
);

create table survey_response (
    id               bigint        not null auto_increment primary key,
    invitation_id    bigint        not null,
    template_id      bigint        not null,
    trigger_type     varchar(20)   not null,
    service_code     varchar(40),
    channel          varchar(30),
    region           varchar(30),
    step             varchar(30),
    staff_account_id bigint,
    team             varchar(30),
    answered_at      datetime(6)   not null,
    answered_on      date          not null,
    csat             int           not null,
    ces              int,
    nps              int,
    comment          text,
    may_contact      boolean       not null,
    constraint uk_survey_response_invitation unique (invitation_id),
    constraint fk_survey_response_invitation foreign key (invitation_id) references survey_invitation (id),
    constraint fk_survey_response_template foreign key (template_id) references survey_template (id),
    constraint ck_survey_response_scores check (csat between 1 and 5 and (ces is null or ces between 1 and 7)
        and (nps is null or nps between 0 and 10)),
    index ix_survey_response_day (answered_on),
    index ix_survey_response_contact (may_contact, answered_on)
);

create table survey_response_rating (
    response_id bigint      not null,
    code        varchar(20) not null,
    rating      int         not null,
    primary key (response_id, code),
    constraint fk_survey_rating_response foreign key (response_id) references survey_response (id) on delete cascade,
    constraint ck_survey_rating check (rating between 1 and 5),
    index ix_survey_rating_low (code, rating, response_id)
);

-- Counts and sums per day, for every filter the dashboard offers (ALL, or one value of one
-- dimension) and every breakdown (TOTAL, or one dimension): the dashboard adds up at most a few
-- thousand of these rows, never the responses themselves.
create table survey_rollup (
    filter_dim     varchar(10) not null,
    filter_value   varchar(40) not null,
    group_dim      varchar(10) not null,
    day            date        not null,
    group_value    varchar(40) not null,
    invited        int         not null default 0,
    responses      int         not null default 0,
    csat_sum       int         not null default 0,
    csat_top       int         not null default 0,
    ces_n          int         not null default 0,
    ces_sum        int         not null default 0,
    nps_n          int         not null default 0,
    nps_promoters  int         not null default 0,
    nps_detractors int         not null default 0,
    primary key (filter_dim, filter_value, group_dim, day, group_value)
);

create table survey_rating_rollup (
    filter_dim   varchar(10) not null,
    filter_value varchar(40) not null,
    day          date        not null,
    code         varchar(20) not null,
    n            int         not null default 0,
    rating_sum   int         not null default 0,
    low          int         not null default 0,
    primary key (filter_dim, filter_value, day, code)
);

create table improvement_action (
    id                bigint       not null auto_increment primary key,
    title_ar          varchar(200) not null,
    title_en          varchar(200) not null,
    said_ar           text         not null,
    said_en           text         not null,
    did_ar            text         not null,
    did_en            text         not null,
    theme_dim         varchar(10),
    theme_value       varchar(40),
    rating_code       varchar(20),
    period_label      varchar(100),
    owner_account_id  bigint       not null,
    due_on            date         not null,
    status            varchar(20)  not null,
    published         boolean      not null,
    published_at      datetime(6),
    created_at        datetime(6)  not null,
    version           bigint       not null,
    index ix_improvement_published (published, published_at)
);

insert into survey_template (trigger_type, version_number, intro_ar, intro_en, current_version, created_at, version)
values ('REQUEST_CLOSED', 1, 'شكرًا لك. رأيك حق لك، ويساعدنا على تحسين خدماتنا، ولا يُستخدم لمعاقبة أحد.',
        'Thank you. Your opinion is your right; it helps us improve and is never used to punish anyone.', true, utc_timestamp(6), 0),
       ('INQUIRY_ANSWERED', 1, 'أجبنا عن سؤالك مؤخرًا. كيف كانت تجربتك؟', 'We recently answered your question. How was it?', true, utc_timestamp(6), 0),
       ('CONTACT_FINISHED', 1, 'تواصلت معنا مؤخرًا. كيف كانت تجربتك؟', 'You were in touch with us recently. How was it?', true, utc_timestamp(6), 0),
       ('VOLUNTEER_DECIDED', 1, 'راجعنا طلب التطوع الذي قدمته. كيف كانت تجربتك؟', 'We reviewed your volunteer application. How was it?', true, utc_timestamp(6), 0),
       ('VOLUNTEER_HOURS', 1, 'شكرًا لتطوعك معنا. كيف كانت تجربتك؟', 'Thank you for volunteering with us. How was it?', true, utc_timestamp(6), 0);

insert into survey_template_dimension (template_id, position, code, label_ar, label_en)
select t.id, d.position, d.code, d.label_ar, d.label_en
from survey_template t
cross join (select 0 as position, 'SPEED' as code, 'سرعة الخدمة' as label_ar, 'Speed of service' as label_en
            union all select 1, 'COURTESY', 'لباقة الموظفين', 'Courtesy of staff'
            union all select 2, 'CLARITY', 'وضوح المعلومات', 'Clarity of information'
            union all select 3, 'EASE', 'سهولة الإجراءات', 'Ease of procedures') d;
