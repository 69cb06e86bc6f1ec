-- Open requests per state and expected decision date, kept by the requests module (OpenWork) in
-- the transaction of every change of state. The dashboard and the staff summary counted every open
-- request at each view (90,000 index rows, 19-29 ms in the benchmark data); they now add up a few
-- hundred rows. A request without an expected date is filed under 9999-12-31 (never overdue).
create table support_request_open_day (
    state    varchar(20) not null,
    due_date date        not null,
    requests int         not null,
    primary key (state, due_date)
);

insert into support_request_open_day (state, due_date, requests)
select state, coalesce(expected_decision_date, '9999-12-31'), count(*) from support_request
where state in ('SUBMITTED', 'IN_VERIFICATION', 'NEEDS_INFO', 'IN_RESEARCH', 'IN_COMMITTEE', 'ACCEPTED')
group by 1, 2;
