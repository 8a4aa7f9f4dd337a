-- Data keys, each a Tink keyset wrapped by the master key (which never enters the database).
-- Destroying a key (wrapped_keyset set to null) disposes of everything sealed under it.
create table crypto_key (
    scope_type     text        not null check (scope_type in ('ORGANISATION', 'SUBJECT', 'AGREEMENT', 'DEPLOYMENT')),
    scope_id       uuid        not null,
    purpose        text        not null check (purpose in ('AEAD', 'PRF', 'SIGNING')),
    wrapped_keyset bytea,
    created_at     timestamptz not null,
    destroyed_at   timestamptz,
    primary key (scope_type, scope_id, purpose),
    check ((wrapped_keyset is null) = (destroyed_at is not null))
);

-- A destroyed key stays destroyed: no one can put key material back.
create function crypto_key_no_resurrection() returns trigger language plpgsql as $$
begin
    if old.wrapped_keyset is null then
        raise exception 'crypto_key %/%/% was destroyed and cannot be restored', old.scope_type, old.scope_id, old.purpose;
    end if;
    if new.scope_type <> old.scope_type or new.scope_id <> old.scope_id or new.purpose <> old.purpose
       or (new.wrapped_keyset is not null and new.wrapped_keyset <> old.wrapped_keyset) then
        raise exception 'crypto_key rows may only be destroyed, never changed';
    end if;
    return new;
end $$;

create trigger crypto_key_update before update on crypto_key
    for each row execute function crypto_key_no_resurrection();
