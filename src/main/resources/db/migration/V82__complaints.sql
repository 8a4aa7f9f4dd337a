-- The complaints register (002 §3.2; 000 §4.2): complaints about how someone's data was processed or shared,
-- handled under the organisation's own procedure and deadlines. The complainant's details, the complaint and the
-- findings are sealed under the organisation's key; codes, dates and ids are in clear.
create table complaint_settings (
    organisation_id  uuid primary key references organisation (id),
    acknowledge_days smallint    not null check (acknowledge_days between 1 and 60),
    respond_days     smallint    not null check (respond_days between 1 and 120),
    updated_by       uuid        not null references app_user (id),
    updated_at       timestamptz not null,
    check (acknowledge_days <= respond_days)
);

create table complaint (
    id                  uuid primary key,
    number              bigint generated always as identity unique,
    schema_version      smallint    not null check (schema_version = 1),
    organisation_id     uuid        not null references organisation (id),
    received_on         date        not null,
    channel             text        not null,
    complainant_enc     bytea       not null,
    summary_enc         bytea       not null,
    topics              text[]      not null check (cardinality(topics) > 0),
    nation              text        not null check (nation in ('ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND')),
    acknowledge_days    smallint    not null,
    respond_days        smallint    not null,
    recorded_by         uuid        not null references app_user (id),
    recorded_at         timestamptz not null,
    status              text        not null check (status in ('RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'CLOSED')),
    acknowledged_on     date,
    acknowledged_by     uuid references app_user (id),
    investigator        uuid references app_user (id),
    investigating_since timestamptz,
    findings_enc        bytea,
    outcome             text check (outcome in ('UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN')),
    actions_enc         bytea,
    responded_on        date,
    closed_at           timestamptz,
    closed_by           uuid references app_user (id),
    ico_referred_on     date,
    version             integer     not null default 0,
    check ((status = 'CLOSED') = (outcome is not null)),
    check ((outcome is null) = (closed_at is null))
);
create index complaint_register on complaint (organisation_id, status, received_on desc);

-- The decisions, disclosures and incidents a complaint concerns.
create table complaint_link (
    complaint_id uuid        not null references complaint (id),
    kind         text        not null check (kind in ('DECISION', 'DISCLOSURE', 'INCIDENT')),
    record_id    uuid        not null,
    linked_by    uuid        not null references app_user (id),
    linked_at    timestamptz not null,
    primary key (complaint_id, kind, record_id)
);

create function complaint_is_kept() returns trigger language plpgsql as $$
begin
    raise exception 'complaints are never deleted';
end $$;
create trigger complaint_kept before delete on complaint for each row execute function complaint_is_kept();
create trigger complaint_link_kept before update or delete on complaint_link for each row execute function complaint_is_kept();
