-- PAR INDEX (Chỉ số cải cách hành chính): frameworks as data, assessments with three score layers.
-- A framework (bộ tiêu chí) is one whole JSON document (areas → criteria → sub-criteria, rules,
-- bands, bonus), keyed by issuer, first year, peer block and edition. Once an assessment uses it, it
-- is never changed in place: a new edition is created instead.
create sequence par_framework_seq start with 1 increment by 50;

create table par_framework (
    id          bigint        primary key,
    issuer      varchar(64)   not null,
    year        integer       not null,
    last_year   integer,
    block       varchar(16)   not null,
    edition     integer       not null,
    title       varchar(500)  not null,
    max_points  numeric(9, 2) not null,
    document    jsonb         not null,
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    created_by  varchar(128),
    updated_at  timestamptz   not null,
    updated_by  varchar(128),
    constraint par_framework_edition_uk unique (issuer, year, block, edition),
    constraint par_framework_block_ck check (block in ('PROVINCE', 'DEPARTMENT', 'WARD', 'COMMUNE')),
    constraint par_framework_years_ck check (last_year is null or last_year >= year),
    constraint par_framework_max_ck check (max_points > 0)
);

-- One assessment per unit and index year (the index year may differ from the plan year: a ward
-- prepares its 2025 index in 2026). unit_path and parent_code are plan-service's answer when the
-- assessment was created or last written, used to filter reads by the caller's subtree and to rank
-- siblings; block is the framework's.
create sequence par_assessment_seq start with 1 increment by 50;

create table par_assessment (
    id                    bigint        primary key,
    framework_id          bigint        not null references par_framework (id),
    unit_code             varchar(64)   not null,
    unit_name             varchar(255),
    unit_path             varchar(2000) not null,
    parent_code           varchar(64),
    block                 varchar(16)   not null,
    index_year            integer       not null,
    -- the officially published result, kept beside the computed one (e.g. Hà Nội 91.43% in 2023)
    official_index        numeric(7, 2),
    official_points       numeric(9, 2),
    official_rank         integer,
    official_band         varchar(16),
    official_source       varchar(1000),
    official_published_on date,
    version               bigint        not null default 0,
    created_at            timestamptz   not null,
    created_by            varchar(128),
    updated_at            timestamptz   not null,
    updated_by            varchar(128),
    constraint par_assessment_unit_year_uk unique (unit_code, index_year),
    constraint par_assessment_block_ck check (block in ('PROVINCE', 'DEPARTMENT', 'WARD', 'COMMUNE')),
    constraint par_assessment_official_ck check (official_index is null or (official_index >= 0 and official_index <= 100)),
    constraint par_assessment_rank_ck check (official_rank is null or official_rank >= 1)
);

create index par_assessment_parent_idx on par_assessment (parent_code, index_year, block);
create index par_assessment_framework_idx on par_assessment (framework_id);

-- The scores of one leaf in one layer (SELF tự đánh giá, APPRAISAL thẩm định, SURVEY điều tra xã hội
-- học). A PUT of a layer replaces all of that layer's rows.
create sequence par_score_seq start with 1 increment by 50;

create table par_score (
    id              bigint        primary key,
    assessment_id   bigint        not null references par_assessment (id) on delete cascade,
    layer           varchar(16)   not null,
    node_code       varchar(64)   not null,
    value           numeric(14, 4),
    points          numeric(9, 2),
    not_applicable  boolean       not null,
    source          varchar(16)   not null,
    evidence        jsonb,
    text            varchar(2000),
    created_at      timestamptz   not null,
    created_by      varchar(128),
    constraint par_score_uk unique (assessment_id, layer, node_code),
    constraint par_score_layer_ck check (layer in ('SELF', 'APPRAISAL', 'SURVEY')),
    constraint par_score_source_ck check (source in ('ENTERED', 'COMPUTED', 'INDICATOR', 'NOT_APPLICABLE')),
    constraint par_score_points_ck check (points is null or points >= 0),
    constraint par_score_na_ck check (not not_applicable or points is null)
);
