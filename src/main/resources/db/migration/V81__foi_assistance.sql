-- FOI and EIR assistance between partners (002 §2.8). A party that received a request for information asks the
-- other parties for their views or data; each partner asked is a consultation with its two clocks: respond within
-- 2 working days and complete any data exchange within 7, counted in the partner's nation, the day of receipt not
-- counting. The final decision stays with the holder. The request's wording and every answer are sealed under the
-- key of the organisation that wrote them; codes, dates and ids are in clear for queues and reports.
create table foi_request (
    id                uuid primary key,
    number            bigint generated always as identity unique,
    schema_version    smallint    not null check (schema_version = 1),
    organisation_id   uuid        not null references organisation (id),
    regime            text        not null check (regime in ('FOI', 'EIR')),
    holder_reference  text check (length(holder_reference) <= 100),
    received_on       date        not null,
    request_enc       bytea       not null,
    asks              text[]      not null check (cardinality(asks) > 0 and asks <@ array['VIEWS', 'DATA']::text[]),
    created_by        uuid        not null references app_user (id),
    created_at        timestamptz not null,
    status            text        not null check (status in ('OPEN', 'DECIDED')),
    decision          text check (decision in ('RELEASED', 'RELEASED_IN_PART', 'WITHHELD', 'NOT_HELD')),
    exemptions        text[],
    decided_at        timestamptz,
    decided_by        uuid references app_user (id),
    decision_enc      bytea,
    check ((status = 'DECIDED') = (decision is not null)),
    check ((decision is null) = (decided_at is null))
);
create index foi_request_holder on foi_request (organisation_id, status, created_at desc);

create table foi_consultation (
    id                uuid primary key,
    request_id        uuid        not null references foi_request (id),
    organisation_id   uuid        not null references organisation (id),
    sent_at           timestamptz not null,
    received_on       date        not null,
    nation            text        not null check (nation in ('ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND')),
    respond_by        date        not null,
    complete_by       date,
    status            text        not null check (status in ('SENT', 'RESPONDED', 'COMPLETED')),
    responded_at      timestamptz,
    responded_by      uuid references app_user (id),
    views_enc         bytea,
    concerns          boolean,
    exemptions        text[],
    completed_at      timestamptz,
    completed_by      uuid references app_user (id),
    data_enc          bytea,
    reminded_stage    text check (reminded_stage in ('RESPONSE', 'EXCHANGE')),
    reminded_at       timestamptz,
    escalated_stage   text check (escalated_stage in ('RESPONSE', 'EXCHANGE')),
    escalated_at      timestamptz,
    unique (request_id, organisation_id),
    check (respond_by > received_on),
    check (complete_by is null or complete_by >= respond_by),
    check ((status = 'SENT') = (responded_at is null)),
    check ((status = 'COMPLETED') = (completed_at is not null))
);
create index foi_consultation_partner on foi_consultation (organisation_id, status, respond_by);
create index foi_consultation_open on foi_consultation (respond_by) where status <> 'COMPLETED';

create function foi_is_kept() returns trigger language plpgsql as $$
begin
    raise exception 'FOI assistance records are never deleted';
end $$;
create trigger foi_request_kept before delete on foi_request for each row execute function foi_is_kept();
create trigger foi_consultation_kept before delete on foi_consultation for each row execute function foi_is_kept();
