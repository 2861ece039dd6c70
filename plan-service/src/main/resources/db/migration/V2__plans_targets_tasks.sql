-- Reform plans (kế hoạch CCHC), their targets (chỉ tiêu) and tasks (nhiệm vụ), progress and audit.

-- Alternative names of units as documents write them ("Phòng VHXH", "Văn phòng HĐND&UBND").
create sequence unit_alias_seq start with 1 increment by 50;
create table unit_alias (
    id           bigint       primary key,
    unit_id      bigint       not null references org_unit (id),
    alias        varchar(255) not null,
    alias_key    varchar(255) not null,
    constraint unit_alias_uk unique (unit_id, alias_key)
);
create index unit_alias_key_idx on unit_alias (alias_key);

create sequence plan_seq start with 1 increment by 50;
create table plan (
    id              bigint        primary key,
    unit_id         bigint        not null references org_unit (id),
    year            int           not null,
    title           varchar(1000) not null,
    document_number varchar(100),
    document_date   date,
    issuer          varchar(255),
    status          varchar(16)   not null,
    parent_id       bigint        references plan (id),
    source          varchar(255),
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(128),
    updated_at      timestamptz   not null,
    updated_by      varchar(128),
    constraint plan_unit_year_uk unique (unit_id, year),
    constraint plan_status_ck check (status in ('DRAFT', 'ISSUED', 'CLOSED')),
    constraint plan_year_ck check (year between 2000 and 2100)
);
create index plan_parent_idx on plan (parent_id);

-- Task groups as the document lays them out: the seven reform areas, under the document's own labels,
-- plus any extra group a plan adds (area null).
create sequence plan_group_seq start with 1 increment by 50;
create table plan_group (
    id        bigint        primary key,
    plan_id   bigint        not null references plan (id) on delete cascade,
    key       varchar(16)   not null,
    position  int           not null,
    area      varchar(32),
    label     varchar(1000) not null,
    constraint plan_group_uk unique (plan_id, key)
);

create sequence target_seq start with 1 increment by 50;
create table target (
    id             bigint        primary key,
    plan_id        bigint        not null references plan (id) on delete cascade,
    -- null for plan-wide targets that no group lists (Hải Dương's "Một số chỉ tiêu chủ yếu")
    group_id       bigint        references plan_group (id),
    ref            varchar(32)   not null,
    position       int           not null,
    text           text          not null,
    text_folded    text          not null,
    measures       jsonb         not null default '[]',
    flagged        boolean       not null,
    parent_id      bigint        references target (id),
    version        bigint        not null default 0,
    created_at     timestamptz   not null,
    created_by     varchar(128),
    updated_at     timestamptz   not null,
    updated_by     varchar(128),
    constraint target_ref_uk unique (plan_id, ref)
);
create index target_parent_idx on target (parent_id);

create sequence task_seq start with 1 increment by 50;
create table task (
    id             bigint        primary key,
    plan_id        bigint        not null references plan (id) on delete cascade,
    group_id       bigint        not null references plan_group (id),
    ref            varchar(32)   not null,
    position       int           not null,
    number         varchar(16),
    title          text          not null,
    title_folded   text          not null,
    leader         varchar(500),
    status         varchar(16)   not null,
    progress       int           not null default 0,
    due_date       date,
    deadline_flagged boolean     not null default false,
    parent_id      bigint        references task (id),
    version        bigint        not null default 0,
    created_at     timestamptz   not null,
    created_by     varchar(128),
    updated_at     timestamptz   not null,
    updated_by     varchar(128),
    constraint task_ref_uk unique (plan_id, ref),
    constraint task_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    constraint task_progress_ck check (progress between 0 and 100)
);
create index task_plan_idx on task (plan_id, position);
create index task_due_idx on task (due_date);
create index task_parent_idx on task (parent_id);

-- One task may have several assignments, each with its own lead, coordinators and deadline (Hà Nội #1).
create sequence task_assignment_seq start with 1 increment by 50;
create table task_assignment (
    id             bigint      primary key,
    task_id        bigint      not null references task (id) on delete cascade,
    position       int         not null,
    deadline_text  text,
    deadline       jsonb,
    due_date       date
);
create index task_assignment_task_idx on task_assignment (task_id);

-- Lead (chủ trì) and coordinating (phối hợp) parties of an assignment: the name as written, and the
-- registry unit it resolved to, when it did.
create sequence task_party_seq start with 1 increment by 50;
create table task_party (
    id             bigint        primary key,
    assignment_id  bigint        not null references task_assignment (id) on delete cascade,
    role           varchar(16)   not null,
    position       int           not null,
    name           varchar(500)  not null,
    unit_id        bigint        references org_unit (id),
    constraint task_party_role_ck check (role in ('LEAD', 'COORDINATOR'))
);
create index task_party_assignment_idx on task_party (assignment_id);
create index task_party_unit_idx on task_party (unit_id, role);

create sequence task_output_seq start with 1 increment by 50;
create table task_output (
    id             bigint        primary key,
    task_id        bigint        not null references task (id) on delete cascade,
    position       int           not null,
    name           text          not null,
    deadline_text  text,
    deadline       jsonb,
    due_date       date
);
create index task_output_task_idx on task_output (task_id);

-- Dated progress reports with evidence (văn bản, ngày, đường dẫn). Append-only.
create sequence task_update_seq start with 1 increment by 50;
create table task_update (
    id                 bigint        primary key,
    task_id            bigint        not null references task (id) on delete cascade,
    reported_on        date          not null,
    progress           int           not null,
    status             varchar(16)   not null,
    note               text,
    evidence_number    varchar(100),
    evidence_date      date,
    evidence_url       varchar(2048),
    created_at         timestamptz   not null,
    created_by         varchar(128),
    constraint task_update_progress_ck check (progress between 0 and 100)
);
create index task_update_task_idx on task_update (task_id, created_at);

-- Every write: who (token), when, what changed (before and after, JSON). Append-only.
create sequence audit_entry_seq start with 1 increment by 50;
create table audit_entry (
    id           bigint        primary key,
    at           timestamptz   not null,
    actor        varchar(128)  not null,
    actor_unit   varchar(64),
    action       varchar(32)   not null,
    object_type  varchar(32)   not null,
    object_id    bigint        not null,
    unit_id      bigint        references org_unit (id),
    before       jsonb,
    after        jsonb
);
create index audit_entry_object_idx on audit_entry (object_type, object_id, at);

-- Plan revisions: the whole plan as exported (cchc-plan/1) at each change, so it can be read as of a date.
create sequence plan_revision_seq start with 1 increment by 50;
create table plan_revision (
    id           bigint        primary key,
    plan_id      bigint        not null references plan (id) on delete cascade,
    revision     int           not null,
    at           timestamptz   not null,
    actor        varchar(128)  not null,
    reason       varchar(1000),
    document     jsonb         not null,
    constraint plan_revision_uk unique (plan_id, revision)
);
