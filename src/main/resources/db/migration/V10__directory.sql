-- The partnership directory.
-- Organisation details (names, statutory contacts) are published information and held in clear.
-- Staff identifying details (username, name, email, job title) are encrypted under their organisation's
-- key; usernames are looked up by a keyed blind index. Operational attributes (roles, dates, status) are
-- held in clear against a random id so that they can be queried.
create table organisation (
    id               uuid primary key,
    name             text        not null check (length(name) between 1 and 200),
    type             text        not null check (type in ('LOCAL_AUTHORITY', 'POLICE', 'HEALTH', 'EDUCATION', 'PROBATION', 'VOLUNTARY', 'OTHER')),
    ico_registration text check (ico_registration ~ '^[A-Z]{1,2}[0-9]{6,8}$'),
    controller_role  text        not null check (controller_role in ('CONTROLLER', 'JOINT_CONTROLLER', 'PROCESSOR')),
    dpo_name         text, dpo_email text, dpo_phone text,
    caldicott_name   text, caldicott_email text, caldicott_phone text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer     not null default 0
);
create unique index organisation_name_unique on organisation (lower(name));

create table security_assurance (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    scheme          text not null check (scheme in ('DSPT', 'ISO_27001', 'CYBER_ESSENTIALS', 'CYBER_ESSENTIALS_PLUS', 'PSN', 'OTHER')),
    level           text check (length(level) <= 100),
    reference       text check (length(reference) <= 100),
    valid_until     date not null
);
create index security_assurance_organisation on security_assurance (organisation_id);

create table team (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    name            text not null check (length(name) between 1 and 100),
    description     text check (length(description) <= 500),
    created_at      timestamptz not null
);
create unique index team_name_unique on team (organisation_id, lower(name));

create table app_user (
    id                    uuid primary key,
    organisation_id       uuid        not null references organisation (id),
    kind                  text        not null check (kind in ('PERSON', 'SYSTEM')),
    username_index        bytea       not null unique,
    username_enc          bytea       not null,
    display_name_enc      bytea       not null,
    email_enc             bytea,
    job_title_enc         bytea,
    password_hash         text,
    training_completed_on date,
    training_expires_on   date,
    vetting_level         text check (vetting_level in ('BPSS', 'DBS_BASIC', 'DBS_STANDARD', 'DBS_ENHANCED', 'NPPV', 'CTC', 'SC')),
    vetting_checked_on    date,
    vetting_expires_on    date,
    status                text        not null check (status in ('ACTIVE', 'REVOKED')),
    revoked_at            timestamptz,
    revocation_reason     text check (revocation_reason in ('LEFT_ORGANISATION', 'CHANGED_ROLE', 'SECURITY_CONCERN', 'LONG_TERM_ABSENCE', 'SYSTEM_RETIRED')),
    oidc_issuer           text,
    oidc_subject          text,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               integer     not null default 0,
    check ((status = 'REVOKED') = (revoked_at is not null)),
    check (training_expires_on is null or training_completed_on is null or training_expires_on >= training_completed_on)
);
create index app_user_organisation on app_user (organisation_id);
create unique index app_user_oidc on app_user (oidc_issuer, oidc_subject) where oidc_subject is not null;

create table user_role (
    user_id uuid not null references app_user (id),
    role    text not null check (role in ('PRACTITIONER', 'MANAGER', 'DATA_PROTECTION_OFFICER', 'CALDICOTT_GUARDIAN', 'PARTNERSHIP_ADMINISTRATOR', 'AUDITOR')),
    primary key (user_id, role)
);

create table team_member (
    user_id uuid not null references app_user (id),
    team_id uuid not null references team (id),
    primary key (user_id, team_id)
);
create index team_member_team on team_member (team_id);

create table api_token (
    id           uuid primary key,
    user_id      uuid        not null references app_user (id),
    name         text        not null check (length(name) between 1 and 100),
    token_hash   bytea       not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_token_user on api_token (user_id);
