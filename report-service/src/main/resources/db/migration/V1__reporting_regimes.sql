-- Reporting regimes (chế độ báo cáo): per issuing unit and year, the periodic reports owed, each with
-- its data cut-off window (thời gian chốt số liệu, both ends inclusive) and due date.
-- unit_code refers to plan-service's registry by code; report-service keeps no copy of the tree.
create sequence reporting_regime_seq start with 1 increment by 50;
create sequence reporting_period_seq start with 1 increment by 50;

create table reporting_regime (
    id          bigint        primary key,
    unit_code   varchar(64)   not null,
    year        integer       not null,
    name        varchar(255)  not null,
    basis       varchar(1000),
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    created_by  varchar(128),
    updated_at  timestamptz   not null,
    updated_by  varchar(128),
    constraint reporting_regime_unit_year_uk unique (unit_code, year),
    constraint reporting_regime_year_ck check (year between 2000 and 2100)
);

create table reporting_period (
    id            bigint       primary key,
    regime_id     bigint       not null references reporting_regime (id) on delete cascade,
    code          varchar(16)  not null,
    name          varchar(255) not null,
    window_start  date         not null,
    window_end    date         not null,
    due_date      date         not null,
    constraint reporting_period_code_uk unique (regime_id, code),
    constraint reporting_period_window_ck check (window_start <= window_end),
    constraint reporting_period_due_ck check (due_date >= window_end)
);

create index reporting_period_due_idx on reporting_period (due_date);
