-- The dashboards count whole weeks (Sunday to Saturday, Riyadh days): every figure is a sum of
-- weeks, and a month is the weeks that begin in it, in either calendar. One row per week beside the
-- daily rows, filled from them here and kept by the portal from now on.
create table survey_rollup_week (
    filter_dim     varchar(10) not null,
    filter_value   varchar(40) not null,
    group_dim      varchar(10) not null,
    week_start     date        not null,
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
    primary key (filter_dim, filter_value, group_dim, week_start, group_value)
);

create table survey_rating_rollup_week (
    filter_dim   varchar(10) not null,
    filter_value varchar(40) not null,
    week_start   date        not null,
    code         varchar(20) not null,
    n            int         not null default 0,
    rating_sum   int         not null default 0,
    low          int         not null default 0,
    primary key (filter_dim, filter_value, week_start, code)
);

insert into survey_rollup_week (filter_dim, filter_value, group_dim, week_start, group_value, invited, responses,
                                csat_sum, csat_top, ces_n, ces_sum, nps_n, nps_promoters, nps_detractors)
select filter_dim, filter_value, group_dim, subdate(day, dayofweek(day) - 1), group_value, sum(invited),
       sum(responses), sum(csat_sum), sum(csat_top), sum(ces_n), sum(ces_sum), sum(nps_n), sum(nps_promoters),
       sum(nps_detractors)
from survey_rollup group by filter_dim, filter_value, group_dim, subdate(day, dayofweek(day) - 1), group_value;

insert into survey_rating_rollup_week (filter_dim, filter_value, week_start, code, n, rating_sum, low)
select filter_dim, filter_value, subdate(day, dayofweek(day) - 1), code, sum(n), sum(rating_sum), sum(low)
from survey_rating_rollup group by filter_dim, filter_value, subdate(day, dayofweek(day) - 1), code;
