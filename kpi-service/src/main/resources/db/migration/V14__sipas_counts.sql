-- Answers counted per unit, period window, survey, online flag, question and level, kept as responses
-- arrive (SipasRepository.insert, same transaction). SIPAS results read these few rows instead of
-- grouping every answer (3 million nationally: ~0.4 s for one city's 126 wards). Responses are never
-- changed or deleted, so the counts only grow.
create table sipas_count (
    unit_code      varchar(64) not null,
    period_start   date        not null,
    period_end     date        not null,
    survey_id      bigint      not null references sipas_survey (id),
    online_service boolean     not null,
    question_id    bigint      not null references sipas_question (id),
    level          smallint    not null,
    n              bigint      not null,
    constraint sipas_count_pk primary key (unit_code, period_start, period_end, survey_id, online_service, question_id, level)
);

insert into sipas_count (unit_code, period_start, period_end, survey_id, online_service, question_id, level, n)
select r.unit_code, r.period_start, r.period_end, r.survey_id, r.online_service, a.question_id, a.level, count(*)
  from sipas_response r join sipas_answer a on a.response_id = r.id
 group by 1, 2, 3, 4, 5, 6, 7;

create index sipas_response_batch_idx on sipas_response (batch_id);
