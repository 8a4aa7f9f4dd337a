-- Retention and disposal (002 §4.9; 004 §7). See docs/adr/0082-retention-and-disposal.md.
-- retention_rule: how long each kind of record is kept, as structured data, per organisation and optionally per
--   agreement (the agreement's data); a change is a new version, the old one kept with when it was replaced.
-- person_case: when a person's case was closed (and reopened), and their last contact, for rules that run from them.
-- record_review: the outcome of a review a "review every N years" rule asked for.
-- legal_hold: a person, or one record, that must not be disposed of, placed and lifted by the DPO with reasons.
-- disposal_run / disposal_item: a run and exactly the records it disposed of (ids, types, rules; no content).
--   While a run is RUNNING and the transaction names it, and only for the records it lists, the tables that keep
--   their records forever let them go: disposal_authorised() is that one path.
-- disposal_certificate: what a run disposed of, by kind, rule and count.
create table retention_rule (
    id                 uuid primary key,
    organisation_id    uuid        not null references organisation (id),
    record_type        text        not null check (record_type in ('PERSON', 'CONSENT_RECORD', 'SHARING_DECISION', 'DISCLOSURE',
                                                                   'DATASET', 'RIGHTS_REQUEST', 'READ_LOG')),
    agreement_id       uuid,
    version            integer     not null check (version > 0),
    action             text        not null check (action in ('DISPOSE', 'REVIEW')),
    event              text        not null,
    years              integer     not null check (years between 0 and 150),
    months             integer     not null check (months between 0 and 11),
    age                integer check (age between 0 and 120),
    review_every_years integer     not null default 0 check (review_every_years between 0 and 150),
    school_year_ends   text        not null default '08-31' check (school_year_ends ~ '^[0-1][0-9]-[0-3][0-9]$'),
    source             text check (length(source) <= 200),
    made_at            timestamptz not null,
    made_by            uuid        not null references app_user (id),
    replaced_at        timestamptz
);
create unique index retention_rule_current on retention_rule (organisation_id, record_type,
    coalesce(agreement_id, '00000000-0000-0000-0000-000000000000'::uuid)) where replaced_at is null;
create unique index retention_rule_version on retention_rule (organisation_id, record_type,
    coalesce(agreement_id, '00000000-0000-0000-0000-000000000000'::uuid), version);

create table person_case (
    subject_id      uuid primary key references data_subject (id),
    organisation_id uuid        not null references organisation (id),
    closed_on       date,
    last_contact_on date,
    changed_at      timestamptz not null,
    changed_by      uuid        not null references app_user (id)
);

create table record_review (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    record_type     text        not null,
    record_id       uuid        not null,
    reviewed_on     date        not null,
    reviewed_by     uuid        not null references app_user (id),
    keep            boolean     not null
);
create index record_review_record on record_review (record_type, record_id, reviewed_on desc);

create table legal_hold (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation (id),
    subject_id       uuid,
    record_type      text,
    record_id        uuid,
    reason_enc       bytea       not null,
    placed_at        timestamptz not null,
    placed_by        uuid        not null references app_user (id),
    lifted_at        timestamptz,
    lifted_by        uuid references app_user (id),
    lift_reason_enc  bytea,
    check ((record_type is null) = (record_id is null)),
    check (subject_id is not null or record_id is not null),
    check ((lifted_at is null) = (lift_reason_enc is null))
);
create index legal_hold_active on legal_hold (organisation_id) where lifted_at is null;

create table disposal_run (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    trigger         text        not null check (trigger in ('SCHEDULED', 'MANUAL', 'ERASURE')),
    status          text        not null check (status in ('RUNNING', 'FINISHED', 'FAILED')),
    started_at      timestamptz not null,
    started_by      uuid references app_user (id),
    request_id      uuid,
    finished_at     timestamptz,
    check ((status = 'RUNNING') = (finished_at is null))
);
create index disposal_run_organisation on disposal_run (organisation_id, started_at desc);
create unique index disposal_run_one_at_a_time on disposal_run (organisation_id) where status = 'RUNNING';

create table disposal_item (
    run_id      uuid not null references disposal_run (id),
    record_type text not null,
    record_id   uuid not null,
    subject_id  uuid,
    rule_id     uuid,
    method      text not null check (method in ('SHREDDED', 'DELETED', 'ANONYMISED')),
    primary key (run_id, record_type, record_id)
);

create table disposal_certificate (
    run_id          uuid primary key references disposal_run (id),
    organisation_id uuid        not null references organisation (id),
    issued_at       timestamptz not null,
    lines           jsonb       not null,
    held            integer     not null,
    keys_destroyed  integer     not null,
    digest          bytea       not null check (length(digest) = 32)
);

-- The one path by which a kept record may go: a RUNNING run, named by this transaction, that lists the record.
create function disposal_authorised(kind text, id uuid) returns boolean language sql stable as $$
    select exists (
        select 1 from disposal_item i join disposal_run r on r.id = i.run_id
        where r.status = 'RUNNING'
          and r.id::text = current_setting('infoshare.disposal_run', true)
          and i.record_type = kind and i.record_id = id)
$$;

-- A RUNNING run named by this transaction (for rows disposed of by window rather than one by one).
create function disposal_run_active() returns boolean language sql stable as $$
    select exists (select 1 from disposal_run r
                   where r.status = 'RUNNING' and r.id::text = current_setting('infoshare.disposal_run', true))
$$;

create function rights_request_kept() returns trigger language plpgsql as $$
begin
    if disposal_authorised('RIGHTS_REQUEST', old.id) then
        return old;
    end if;
    raise exception 'rights requests are kept until a disposal run disposes of them' using errcode = '42501';
end $$;
create trigger rights_request_kept before delete on rights_request for each row execute function rights_request_kept();

create function record_read_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and disposal_run_active() then
        return old;
    end if;
    raise exception 'the read log is append-only: % is refused', tg_op using errcode = '42501';
end $$;
create trigger record_read_kept before update or delete on record_read for each row execute function record_read_kept();

create function disposal_record_kept() returns trigger language plpgsql as $$
begin
    raise exception 'disposal records are append-only: % on % is refused', tg_op, tg_table_name using errcode = '42501';
end $$;
create trigger disposal_item_kept before update or delete on disposal_item for each row execute function disposal_record_kept();
create trigger disposal_certificate_kept before update or delete on disposal_certificate
    for each row execute function disposal_record_kept();

-- A published dataset whose rows were disposed of keeps its upload record (counts, report), marked as disposed.
alter table dataset_upload drop constraint dataset_upload_status_check;
alter table dataset_upload add constraint dataset_upload_status_check
    check (status in ('RECEIVING', 'PUBLISHED', 'REFUSED', 'FAILED', 'INTERRUPTED', 'DISPOSED'));
