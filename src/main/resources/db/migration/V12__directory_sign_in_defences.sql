-- Defences against password guessing (ADR 0043). Failed proofs of a password or of a second step since the
-- last successful sign-in are counted; at the threshold the account is locked until an administrator of its
-- organisation unlocks it. Counts and times only: nothing here identifies the person.
alter table app_user add column failed_sign_ins integer not null default 0 check (failed_sign_ins >= 0);
alter table app_user add column locked_at timestamptz;

-- Two-step sign-in (ADR 0044): the roles for which each organisation requires it.
create table organisation_two_step_role (
    organisation_id uuid not null references organisation (id),
    role            text not null check (role in ('PRACTITIONER', 'MANAGER', 'DATA_PROTECTION_OFFICER', 'CALDICOTT_GUARDIAN',
                                                  'PARTNERSHIP_ADMINISTRATOR', 'AUDITOR', 'OPERATOR')),
    primary key (organisation_id, role)
);
-- Organisations that already exist take the default: those who govern and audit the information.
insert into organisation_two_step_role (organisation_id, role)
select o.id, r.role from organisation o
cross join (values ('DATA_PROTECTION_OFFICER'), ('CALDICOTT_GUARDIAN'), ('PARTNERSHIP_ADMINISTRATOR'), ('AUDITOR')) as r (role);

-- An authenticator app (TOTP, RFC 6238). The shared secret is sealed under the organisation's key; the last
-- time step accepted is kept so that no code is accepted twice.
create table authenticator_app (
    user_id        uuid primary key references app_user (id),
    secret_enc     bytea       not null,
    last_time_step bigint,
    created_at     timestamptz not null
);

-- Single-use recovery codes: only their SHA-256 digests are kept (each code carries 80 random bits).
create table recovery_code (
    user_id    uuid        not null references app_user (id),
    code_hash  bytea       not null,
    created_at timestamptz not null,
    used_at    timestamptz,
    primary key (user_id, code_hash)
);
