-- SIPAS (Chỉ số hài lòng về sự phục vụ hành chính): survey definitions, anonymous responses and the
-- officially published values (METHODOLOGY.md C.3). A definition groups 5-level questions under the
-- five elements of the 2017–2020 method (QĐ 2640/QĐ-BNV); responses carry no personal data at all:
-- no name, phone, address or free text, only the unit, period, channel, whether the respondent used an
-- online public service, and one level 1..5 per question answered.
create sequence sipas_survey_seq start with 1 increment by 50;
create sequence sipas_element_seq start with 1 increment by 50;
create sequence sipas_question_seq start with 1 increment by 50;
create sequence sipas_response_seq start with 1 increment by 1;
create sequence sipas_published_seq start with 1 increment by 50;

create table sipas_survey (
    id              bigint        primary key,
    code            varchar(64)   not null,
    name_vi         varchar(500)  not null,
    sector          varchar(32)   not null,
    description     varchar(4000),
    owner_unit_code varchar(64),
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(128),
    constraint sipas_survey_code_uk unique (code),
    constraint sipas_survey_code_ck check (code ~ '^[A-Z0-9]+([_-][A-Z0-9]+)*$'),
    constraint sipas_survey_sector_ck check (sector in ('PROCEDURES', 'HEALTH', 'EDUCATION', 'LAND', 'JUSTICE', 'OTHER'))
);

create table sipas_element (
    id        bigint       primary key,
    survey_id bigint       not null references sipas_survey (id),
    position  integer      not null,
    code      varchar(16)  not null,
    name_vi   varchar(500) not null,
    constraint sipas_element_uk unique (survey_id, code),
    constraint sipas_element_code_ck check (code in ('ACCESS', 'PROCEDURES', 'OFFICIALS', 'RESULTS', 'FEEDBACK'))
);

create table sipas_question (
    id         bigint        primary key,
    element_id bigint        not null references sipas_element (id),
    survey_id  bigint        not null references sipas_survey (id),
    position   integer       not null,
    code       varchar(32)   not null,
    text_vi    varchar(1000) not null,
    constraint sipas_question_uk unique (survey_id, code),
    constraint sipas_question_code_ck check (code ~ '^[A-Z0-9]+(_[A-Z0-9]+)*$')
);
create index sipas_question_element_idx on sipas_question (element_id);

-- one anonymous questionnaire; period_start/period_end are the calendar period of the label, so that a
-- year's results take its quarters' and months' responses too
create table sipas_response (
    id             bigint       primary key,
    survey_id      bigint       not null references sipas_survey (id),
    unit_code      varchar(64)  not null,
    period         varchar(16)  not null,
    period_start   date         not null,
    period_end     date         not null,
    channel        varchar(16)  not null,
    online_service boolean      not null,
    batch_id       uuid         not null,
    created_at     timestamptz  not null,
    created_by     varchar(128),
    constraint sipas_response_channel_ck check (channel in ('KIOSK', 'WEB', 'PAPER', 'PHONE', 'SMS', 'APP', 'INTERVIEW')),
    constraint sipas_response_period_ck check (period_end >= period_start)
);
create index sipas_response_unit_idx on sipas_response (unit_code, period_start, period_end);

create table sipas_answer (
    response_id bigint   not null references sipas_response (id),
    question_id bigint   not null references sipas_question (id),
    level       smallint not null,
    constraint sipas_answer_pk primary key (response_id, question_id),
    -- Rất không hài lòng (1), Không hài lòng (2), Bình thường (3), Hài lòng (4), Rất hài lòng (5)
    constraint sipas_answer_level_ck check (level between 1 and 5)
);
create index sipas_answer_question_idx on sipas_answer (question_id);

-- the officially published value (giá trị công bố chính thức): the authoritative figure targets are judged by
create table sipas_published (
    id             bigint        primary key,
    unit_code      varchar(64)   not null,
    year           integer       not null,
    indicator_code varchar(64)   not null,
    value          numeric(9, 4) not null,
    document       varchar(500),
    published_on   date,
    version        bigint        not null default 0,
    created_at     timestamptz   not null,
    created_by     varchar(128),
    updated_at     timestamptz   not null,
    updated_by     varchar(128),
    constraint sipas_published_uk unique (unit_code, year, indicator_code),
    constraint sipas_published_indicator_ck check (indicator_code in ('SIPAS', 'DVC_ONLINE_SATISFACTION')),
    constraint sipas_published_value_ck check (value >= 0 and value <= 100)
);
