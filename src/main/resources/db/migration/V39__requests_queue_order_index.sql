-- The staff queue lists open requests by expected decision date, then id (SupportRequestRepository.queue).
-- Its states (submitted to accepted) are more than half of all requests, and the index on
-- (state, expected_decision_date) cannot give one order across several states: MariaDB sorted
-- every open request for each page (116,000 rows in the benchmark data, 36 ms alone and seconds
-- under load; with a region filter 229 ms). Reading this index in order and stopping after a page
-- takes 3 ms (5 ms with a region filter). docs/performance.md, "Load test".
create index ix_support_request_due on support_request (expected_decision_date, id);
