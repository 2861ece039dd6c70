-- Org units (đơn vị): the tree province-level city → department / commune or ward → division or centre.
-- path is the materialised path of codes, '/HN/HN-BADINH/', so a subtree is one indexed prefix scan.
create sequence org_unit_seq start with 1 increment by 50;

create table org_unit (
    id          bigint       primary key,
    code        varchar(64)  not null,
    name        varchar(255) not null,
    name_folded varchar(255) not null,
    level       varchar(32)  not null,
    parent_id   bigint       references org_unit (id),
    path        varchar(2048) not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  varchar(128),
    updated_at  timestamptz  not null,
    updated_by  varchar(128),
    constraint org_unit_code_uk unique (code),
    constraint org_unit_level_ck check (level in
        ('PROVINCE', 'DEPARTMENT', 'WARD', 'COMMUNE', 'SPECIAL_ZONE', 'DIVISION', 'CENTRE', 'OTHER'))
);

create index org_unit_path_idx on org_unit (path text_pattern_ops);
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_name_folded_idx on org_unit (name_folded text_pattern_ops);
