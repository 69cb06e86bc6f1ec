-- People who ticked "you may contact me about this" are called back by the quality manager; the
-- call is recorded here so the response itself stays as it was written.
create table survey_follow_up (
    response_id bigint      not null primary key,
    done_at     datetime(6) not null,
    done_by     bigint      not null,
    note        text,
    constraint fk_survey_follow_up_response foreign key (response_id) references survey_response (id)
);
