-- Passkeys (WebAuthn credentials, ADR 0044). The user handle given to authenticators is random, never the
-- user's id; the label a person gives a passkey is sealed under their organisation's key.
create table passkey_user (
    user_id uuid primary key references app_user (id),
    handle  bytea not null unique check (length(handle) between 16 and 64)
);

create table passkey (
    credential_id        bytea primary key,
    user_id              uuid        not null references app_user (id),
    label_enc            bytea,
    credential_type      text        not null,
    public_key           bytea       not null,
    signature_count      bigint      not null check (signature_count >= 0),
    uv_initialized       boolean     not null,
    backup_eligible      boolean     not null,
    backup_state         boolean     not null,
    transports           text        not null default '',
    attestation_object   bytea,
    attestation_client_data_json bytea,
    created_at           timestamptz not null,
    last_used_at         timestamptz
);
create index passkey_user_id on passkey (user_id);
