-- The ledger. See docs/adr/0003-ledger-chain.md.
-- ledger_entry: one row per state change, written in the change's own transaction, with its content hash.
-- ledger_chain: each entry's place in the SHA-256 chain, linked in commit order just after commit.
-- ledger_pending: entries committed but not yet linked (a work queue, emptied by the sequencer).
-- ledger_checkpoint: signed (Ed25519) statements of the chain's head.
create table ledger_entry (
    id              bigint generated always as identity primary key,
    recorded_at     timestamptz not null,
    action          text        not null,
    actor_id        uuid,
    organisation_id uuid,
    subject_type    text        not null,
    subject_id      text        not null,
    details         text        not null,
    entry_hash      bytea       not null check (length(entry_hash) = 32)
);
create index ledger_entry_organisation on ledger_entry (organisation_id, id);
create index ledger_entry_subject on ledger_entry (subject_type, subject_id, id);

create table ledger_pending (
    entry_id bigint primary key references ledger_entry (id)
);

create table ledger_chain (
    seq        bigint primary key check (seq > 0),
    entry_id   bigint not null unique references ledger_entry (id),
    prev_hash  bytea  not null check (length(prev_hash) = 32),
    chain_hash bytea  not null check (length(chain_hash) = 32)
);

create table ledger_checkpoint (
    id         bigint generated always as identity primary key,
    chain_seq  bigint      not null,
    chain_hash bytea       not null,
    signed_at  timestamptz not null,
    signature  bytea       not null
);

-- Append-only, enforced by the database itself rather than by the application's good behaviour.
create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = '42501';
end $$;

create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function ledger_refuse_change();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_refuse_change();
create trigger ledger_chain_append_only before update or delete on ledger_chain
    for each row execute function ledger_refuse_change();
create trigger ledger_chain_no_truncate before truncate on ledger_chain
    for each statement execute function ledger_refuse_change();
create trigger ledger_checkpoint_append_only before update or delete on ledger_checkpoint
    for each row execute function ledger_refuse_change();
create trigger ledger_checkpoint_no_truncate before truncate on ledger_checkpoint
    for each statement execute function ledger_refuse_change();
-- ledger_pending is a queue: rows leave it once linked. Only updates are refused.
create trigger ledger_pending_no_update before update on ledger_pending
    for each row execute function ledger_refuse_change();
