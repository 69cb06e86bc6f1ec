-- Sealed fields are bound to their table, column and row (docs/security.md, "Encryption at rest").
-- Each table whose rows hold sealed text gets an immutable random row key, set by the application
-- when the row is made (ids come from IDENTITY only after the insert) and by V44_1 for the rows
-- already there. Unique, so one row's key cannot be copied onto another.
alter table support_request add column row_key varchar(32), add constraint uk_support_request_row_key unique (row_key);
alter table support_request_note add column row_key varchar(32), add constraint uk_support_request_note_row_key unique (row_key);
alter table support_request_message add column row_key varchar(32), add constraint uk_support_request_message_row_key unique (row_key);
alter table volunteer_application add column row_key varchar(32), add constraint uk_volunteer_application_row_key unique (row_key);
alter table volunteer_message add column row_key varchar(32), add constraint uk_volunteer_message_row_key unique (row_key);
alter table volunteer_note add column row_key varchar(32), add constraint uk_volunteer_note_row_key unique (row_key);
alter table opportunity_enrolment add column row_key varchar(32), add constraint uk_opportunity_enrolment_row_key unique (row_key);
alter table inquiry add column row_key varchar(32), add constraint uk_inquiry_row_key unique (row_key);
alter table inquiry_message add column row_key varchar(32), add constraint uk_inquiry_message_row_key unique (row_key);
alter table contact_log add column row_key varchar(32), add constraint uk_contact_log_row_key unique (row_key);
alter table notification add column row_key varchar(32), add constraint uk_notification_row_key unique (row_key);
alter table survey_response add column row_key varchar(32), add constraint uk_survey_response_row_key unique (row_key);
alter table data_erasure add column row_key varchar(32), add constraint uk_data_erasure_row_key unique (row_key);
alter table survey_invitation add column row_key varchar(32), add constraint uk_survey_invitation_row_key unique (row_key);

-- Room for the base64 envelope (4/3 of the text plus about 70 characters).
alter table opportunity_enrolment modify logged_note text;
alter table inquiry_history modify note text;
alter table contact_log modify follow_up_note text;
alter table survey_invitation modify token_sealed varchar(400) not null;
