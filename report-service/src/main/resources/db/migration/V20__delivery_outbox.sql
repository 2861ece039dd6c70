-- Delivery of sent reports to reporting portals (gửi báo cáo lên hệ thống thông tin báo cáo).
-- delivery: the transactional outbox, one row per report version, written in the same transaction
-- that moves the report to SENT and delivered later by the background worker; the idempotency key
-- (report id ':' version) is sent as the Idempotency-Key header, so a repeated delivery never files twice.
-- delivery_attempt: the delivery log, one row per attempt to reach the portal.
create sequence delivery_seq start with 1 increment by 50;
create sequence delivery_attempt_seq start with 1 increment by 50;

create table delivery (
    id               bigint        primary key,
    report_id        bigint        not null,
    report_version   integer       not null,
    unit_code        varchar(64)   not null,
    -- materialised path of the reporting unit as the report life cycle gave it, e.g. /VN/HN/HN-BADINH/
    unit_path        varchar(1000) not null,
    portal           varchar(64)   not null,
    payload          text          not null,
    idempotency_key  varchar(64)   not null,
    -- PENDING until the portal accepts (DELIVERED) or refuses for good (REJECTED)
    status           varchar(16)   not null,
    attempts         integer       not null default 0,
    -- when the worker may (next) try; while a worker holds the row it is the end of its lease
    next_attempt_at  timestamptz   not null,
    -- set by the worker that claimed the row; a worker whose lease was taken over records no state change
    claim_token      varchar(36),
    -- the portal's reason for a rejection, or the last transient error while pending
    last_error       varchar(1000),
    created_at       timestamptz   not null,
    finished_at      timestamptz,
    constraint delivery_key_uk unique (idempotency_key),
    constraint delivery_status_ck check (status in ('PENDING', 'DELIVERED', 'REJECTED')),
    constraint delivery_version_ck check (report_version >= 1)
);

-- the worker's query: due pending rows, oldest first
create index delivery_due_idx on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_report_idx on delivery (report_id, report_version);

create table delivery_attempt (
    id           bigint        primary key,
    delivery_id  bigint        not null references delivery (id) on delete cascade,
    attempt_no   integer       not null,
    attempted_at timestamptz   not null,
    -- DELIVERED, REJECTED, or RETRY (transient failure: 5xx, 408, 429, timeout, connection refused)
    outcome      varchar(16)   not null,
    -- the portal's HTTP status; null when no answer came
    http_status  integer,
    reason       varchar(1000),
    duration_ms  bigint        not null,
    constraint delivery_attempt_outcome_ck check (outcome in ('DELIVERED', 'REJECTED', 'RETRY'))
);

create index delivery_attempt_delivery_idx on delivery_attempt (delivery_id, attempt_no);
