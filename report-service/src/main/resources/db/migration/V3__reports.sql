-- Periodic reports (báo cáo định kỳ): one per (unit, regime, period). The working draft keeps the
-- assembled numbers (content) apart from the officer's text (narrative), so re-assembly replaces the
-- first and keeps the second. Submitting freezes both into report_version, which is never changed
-- afterwards (a trigger refuses it); its state follows the life cycle.
create sequence report_seq start with 1 increment by 50;
create sequence report_version_seq start with 1 increment by 50;
create sequence report_event_seq start with 1 increment by 50;

create table report (
    id                bigint       primary key,
    unit_code         varchar(64)  not null,
    unit_path         varchar(2048) not null,
    unit_name         varchar(255),
    regime_id         bigint       not null references reporting_regime (id),
    period_code       varchar(16)  not null,
    status            varchar(16)  not null,
    content           jsonb        not null,
    narrative         jsonb        not null,
    assembled_at      timestamptz  not null,
    current_version   integer      not null default 0,
    first_submitted_at timestamptz,
    timeliness        varchar(16),
    return_reason     varchar(4000),
    delivery_status   varchar(16),
    delivery_reason   varchar(4000),
    delivery_version  integer,
    delivery_at       timestamptz,
    version           bigint       not null default 0,
    created_at        timestamptz  not null,
    created_by        varchar(128),
    updated_at        timestamptz  not null,
    updated_by        varchar(128),
    constraint report_unit_regime_period_uk unique (unit_code, regime_id, period_code),
    constraint report_status_ck check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SENT'))
);
create index report_regime_period_idx on report (regime_id, period_code);
create index report_unit_path_idx on report (unit_path varchar_pattern_ops);

create table report_version (
    id             bigint       primary key,
    report_id      bigint       not null references report (id),
    number         integer      not null,
    content        jsonb        not null,
    content_hash   varchar(64)  not null check (length(content_hash) = 64),
    state          varchar(16)  not null,
    submitted_at   timestamptz  not null,
    submitted_by   varchar(128),
    timeliness     varchar(16)  not null,
    decided_at     timestamptz,
    decided_by     varchar(128),
    return_reason  varchar(4000),
    sent_at        timestamptz,
    sent_by        varchar(128),
    updated_at     timestamptz  not null,
    constraint report_version_uk unique (report_id, number),
    constraint report_version_state_ck check (state in ('SUBMITTED', 'RETURNED', 'APPROVED', 'SENT'))
);
create index report_version_updated_idx on report_version (updated_at);

-- a frozen snapshot stays what was submitted: its content, hash, number and report never change
create function report_version_frozen() returns trigger language plpgsql as $$
begin
    if new.content is distinct from old.content or new.content_hash is distinct from old.content_hash
            or new.number is distinct from old.number or new.report_id is distinct from old.report_id then
        raise exception 'report_version % of report % is frozen', old.number, old.report_id;
    end if;
    return new;
end $$;
create trigger report_version_frozen before update on report_version
    for each row execute function report_version_frozen();

create table report_event (
    id           bigint        primary key,
    report_id    bigint        not null references report (id),
    at           timestamptz   not null,
    actor        varchar(128),
    action       varchar(16)   not null,
    from_status  varchar(16),
    to_status    varchar(16)   not null,
    version      integer,
    reason       varchar(4000)
);
create index report_event_report_idx on report_event (report_id, at);
