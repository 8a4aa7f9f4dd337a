-- Refused reads of records the caller may not see (another organisation's disclosure or dataset, or one of the
-- caller's own organisation's that is not addressed to them), counted per caller, record and hour. The first
-- refusal of each hour goes in the ledger, in the trail of the organisation that owns the record; later ones in
-- the same hour only raise the count, so that probing cannot grow the ledger without bound.
-- See docs/adr/0047-refused-reads.md.
create table access_refusal (
    actor_id        uuid        not null,
    subject_type    text        not null,
    subject_id      text        not null,
    window_start    timestamptz not null,
    organisation_id uuid        not null,
    attempts        integer     not null check (attempts > 0),
    last_at         timestamptz not null,
    primary key (subject_type, subject_id, actor_id, window_start)
);
create index access_refusal_organisation on access_refusal (organisation_id, window_start desc);
