-- Accounts live in Keycloak; this table gives each account that was provisioned or changed through
-- /api/v1/accounts a local number, so that its audit trail sits in audit_entry like every other object.
create sequence account_ref_seq increment by 50;
create table account_ref (
    id           bigint       primary key,
    keycloak_id  varchar(64)  not null unique,
    username     varchar(64)  not null
);
