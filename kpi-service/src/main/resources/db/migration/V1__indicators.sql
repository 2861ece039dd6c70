-- Indicator catalogue (danh mục chỉ tiêu, chỉ số): what plan targets are measured by.
-- search_text is the folded (lower case, no diacritics) code + Vietnamese name + English name,
-- so "dung han" finds "đúng hạn".
create sequence indicator_seq start with 1 increment by 50;

create table indicator (
    id           bigint        primary key,
    code         varchar(64)   not null,
    name_vi      varchar(500)  not null,
    name_en      varchar(500)  not null,
    search_text  varchar(1100) not null,
    kind         varchar(16)   not null,
    direction    varchar(32)   not null,
    unit         varchar(16)   not null,
    period_type  varchar(16)   not null,
    aggregation  varchar(16)   not null,
    description  varchar(4000),
    version      bigint        not null default 0,
    created_at   timestamptz   not null,
    created_by   varchar(128),
    updated_at   timestamptz   not null,
    updated_by   varchar(128),
    constraint indicator_code_uk unique (code),
    constraint indicator_code_ck check (code ~ '^[A-Z0-9]+(_[A-Z0-9]+)*$'),
    constraint indicator_kind_ck check (kind in ('RATIO', 'PERCENT', 'COUNT', 'SCORE', 'INDEX', 'RANK')),
    constraint indicator_direction_ck check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    constraint indicator_unit_ck check (unit in ('PERCENT', 'COUNT', 'DAYS', 'POINTS', 'RANK')),
    constraint indicator_period_type_ck check (period_type in ('MONTH', 'QUARTER', 'YEAR')),
    constraint indicator_aggregation_ck check (aggregation in ('RATIO_OF_SUMS', 'SUM', 'MEAN', 'MIN', 'MAX')),
    -- a ratio is re-computed from summed numerators and denominators, never averaged (METHODOLOGY.md F.1)
    constraint indicator_ratio_rollup_ck check ((kind = 'RATIO') = (aggregation = 'RATIO_OF_SUMS'))
);

create index indicator_kind_idx on indicator (kind);
