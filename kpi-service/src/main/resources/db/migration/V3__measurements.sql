-- Measurements (số liệu): the value of an indicator for one unit and one period, over the date
-- window it covers (the reporting regime's cut-off window, e.g. Q1 = 2025-12-15..2026-03-14, or the
-- calendar period by default). Append-only: a correction inserts a new revision that supersedes the
-- current one; nothing is ever updated except the superseded row's current flag and link.
create sequence measurement_seq start with 1 increment by 50;

create table measurement (
    id             bigint        primary key,
    unit_code      varchar(64)   not null,
    indicator_id   bigint        not null references indicator (id),
    period         varchar(16)   not null,
    period_kind    varchar(16)   not null,
    window_start   date          not null,
    window_end     date          not null,
    -- PERCENT/COUNT/SCORE/INDEX/RANK: as entered; RATIO: 100 × numerator ÷ denominator, computed
    value          numeric(20, 6) not null,
    numerator      numeric(20, 4),
    denominator    numeric(20, 4),
    source         varchar(16)   not null,
    note           varchar(2000),
    -- 1 for the first value of (unit, indicator, period), +1 per correction; sent as the ETag
    revision       integer       not null,
    current        boolean       not null,
    supersedes_id    bigint      references measurement (id),
    superseded_by_id bigint      references measurement (id),
    created_at     timestamptz   not null,
    created_by     varchar(128),
    constraint measurement_revision_uk unique (unit_code, indicator_id, period, revision),
    constraint measurement_period_kind_ck check (period_kind in ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    constraint measurement_source_ck check (source in ('MANUAL', 'IMPORT', 'SYSTEM')),
    constraint measurement_window_ck check (window_end >= window_start),
    constraint measurement_ratio_ck check ((numerator is null) = (denominator is null)),
    constraint measurement_ratio_sign_ck check (denominator is null or (denominator > 0 and numerator >= 0 and numerator <= denominator)),
    constraint measurement_revision_ck check (revision >= 1),
    -- a current row is never superseded (the flag is cleared first, then the link set, in one transaction)
    constraint measurement_current_ck check (not current or superseded_by_id is null)
);

-- at most one current value per (unit, indicator, period): the database's last word on two racing writes
create unique index measurement_current_uk on measurement (unit_code, indicator_id, period) where current;
create index measurement_window_idx on measurement (indicator_id, unit_code, window_start, window_end) where current;
