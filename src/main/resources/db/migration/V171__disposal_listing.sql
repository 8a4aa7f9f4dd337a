-- What a disposal run took of a kind no kept-forever trigger guards (disclosures), one row per batch, kind and method:
-- the records' ids, with each one's person and rule at the same position. disposal_item keeps a row per record for
-- the kinds whose triggers must find a record listed before they let it go (V75, V76); listing 10,000 disclosures
-- there a row each was a sixth of a disposal batch's time (ADR 0099). Append-only, as disposal_item is.
create table disposal_listing (
    id          uuid primary key,
    run_id      uuid not null references disposal_run (id),
    record_type text not null,
    method      text not null check (method in ('SHREDDED', 'DELETED', 'ANONYMISED')),
    record_ids  uuid[] not null,
    subject_ids uuid[] not null,
    rule_ids    uuid[] not null,
    check (cardinality(record_ids) = cardinality(subject_ids) and cardinality(record_ids) = cardinality(rule_ids))
);
create index disposal_listing_run on disposal_listing (run_id);
create trigger disposal_listing_kept before update or delete on disposal_listing for each row execute function disposal_record_kept();
