-- The queue filtered by region (what a regional team works from) read the due-date index from
-- the start and skipped every other region's request: 5,409 rows and 13 ms for one page of 50 in
-- the benchmark data, 144 ms at the 95th percentile under the 500-user load. Reading this index
-- for the one region in due order reads 120 rows (0.7 ms). docs/performance.md, "Load test".
create index ix_support_request_region_due on support_request (region, expected_decision_date, id);
