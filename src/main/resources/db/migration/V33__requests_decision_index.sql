-- The service figures on the satisfaction dashboard read decisions by the time they were made.
create index ix_support_request_decided on support_request (decided_at);
