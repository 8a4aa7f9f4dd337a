-- Who read what (002 §4.5): every reading of a person's record, a decision, a consent record or a disclosure,
-- one row each. See docs/adr/0080-who-read-what.md. Rows hold ids and codes only. Reads are far more numerous
-- than changes, so they are not ledger entries: each window of reads is sealed into the ledger by a digest.
create table record_read (
    id                  bigint generated always as identity primary key,
    read_at             timestamptz not null,
    reader_id           uuid        not null,
    reader_organisation uuid        not null,
    record_kind         text        not null check (record_kind in ('PERSON', 'DECISION', 'CONSENT', 'DISCLOSURE', 'BUNDLE')),
    record_id           uuid        not null,
    subject_id          uuid,
    owner_organisation  uuid        not null,
    how                 text        not null check (how in ('VIEWED', 'DOWNLOADED', 'PRINTED'))
);
create index record_read_subject on record_read (subject_id, read_at) where subject_id is not null;
create index record_read_record on record_read (record_kind, record_id, read_at);
create index record_read_time on record_read (read_at);

-- A window of reads bound to the ledger: its count and the SHA-256 of its rows in id order.
create table record_read_seal (
    id          bigint generated always as identity primary key,
    window_from timestamptz not null,
    window_to   timestamptz not null,
    read_count  bigint      not null,
    digest      bytea       not null check (length(digest) = 32),
    sealed_at   timestamptz not null,
    disposed_at timestamptz,
    check (window_to > window_from)
);
create unique index record_read_seal_window on record_read_seal (window_from);
