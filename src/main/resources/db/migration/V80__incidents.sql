-- The incident register (002 §4.8; UK GDPR Art 33-34; DPA 2018 s67-68). An incident belongs to the organisation
-- whose data it concerns (the controller that must decide about telling the ICO). Codes, counts, ids and times
-- are in clear so that registers, clocks and reports can query them; every free text (what happened, the
-- systems or recipients involved, notes, reasons, references) is sealed under the organisation's key.
-- schema_version names the stored shape, so that later shapes can be read beside this one.
create table incident (
    id                     uuid primary key,
    number                 bigint generated always as identity unique,
    schema_version         smallint    not null check (schema_version = 1),
    organisation_id        uuid        not null references organisation (id),
    source                 text        not null check (source in ('REPORTED', 'DISCLOSURE_WITHDRAWN', 'ACCESS_REFUSED')),
    kind                   text        not null,
    occurred_at            timestamptz,
    aware_at               timestamptz not null,
    reported_at            timestamptz not null,
    reported_by            uuid references app_user (id),
    data_affected          text[]      not null,
    people_affected        integer check (people_affected >= 0),
    account_enc            bytea       not null,
    involved_enc           bytea,
    actions_enc            bytea,
    record_type            text check (record_type in ('disclosure', 'dataset')),
    record_id              uuid,
    subject_id             uuid,
    attempted_by           uuid,
    attempts               integer     not null default 1 check (attempts >= 1),
    status                 text        not null check (status in ('OPEN', 'CLOSED')),
    -- the structured risk assessment (latest; earlier ones are in the ledger)
    assessed_at            timestamptz,
    assessed_by            uuid references app_user (id),
    likelihood             text,
    severity               text,
    encryption             text,
    containment            text,
    law_enforcement        boolean,
    risk_level             text check (risk_level in ('UNLIKELY', 'RISK', 'HIGH')),
    risk_score             smallint check (risk_score between 0 and 16),
    risk_reasons           text[],
    assessment_enc         bytea,
    -- telling the Information Commissioner's Office: the decision, then the report sent
    ico_reason             text,
    ico_notify             boolean,
    ico_decided_at         timestamptz,
    ico_decided_by         uuid references app_user (id),
    ico_departure_enc      bytea,
    ico_notes_enc          bytea,
    ico_reported_at        timestamptz,
    ico_reference_enc      bytea,
    ico_late_reason_enc    bytea,
    -- telling the people affected
    people_reason          text,
    people_tell            boolean,
    people_decided_at      timestamptz,
    people_decided_by      uuid references app_user (id),
    people_departure_enc   bytea,
    people_notes_enc       bytea,
    people_told_at         timestamptz,
    people_told_how_enc    bytea,
    -- closing
    closed_at              timestamptz,
    closed_by              uuid references app_user (id),
    outcome                text check (outcome in ('BREACH', 'NOT_A_BREACH', 'NEAR_MISS')),
    lessons_enc            bytea,
    version                integer     not null default 0,
    check ((status = 'CLOSED') = (closed_at is not null)),
    check ((ico_decided_at is null) = (ico_reason is null)),
    check ((people_decided_at is null) = (people_reason is null)),
    check (ico_reported_at is null or ico_notify),
    check (people_told_at is null or people_tell),
    check ((record_id is null) = (record_type is null))
);
create index incident_register on incident (organisation_id, status, aware_at desc);
create index incident_reporter on incident (reported_by, reported_at desc);
-- one open incident per attempt by one person on one record: further refused attempts count against it
create unique index incident_open_attempt on incident (record_id, attempted_by)
    where source = 'ACCESS_REFUSED' and status = 'OPEN';

create function incident_is_kept() returns trigger language plpgsql as $$
begin
    raise exception 'incidents are never deleted';
end $$;
create trigger incident_kept before delete on incident for each row execute function incident_is_kept();

-- Other parties told of an incident through the platform, and how the coordination stands (002 §4.8: "all
-- relevant parties should be informed and appropriate coordination of the incident must take place").
create table incident_party (
    incident_id        uuid        not null references incident (id),
    organisation_id    uuid        not null references organisation (id),
    told_at            timestamptz not null,
    told_by            uuid        not null references app_user (id),
    message_enc        bytea       not null,
    acknowledged_at    timestamptz,
    acknowledged_by    uuid references app_user (id),
    response           text check (response in ('ASSISTING', 'NOT_AFFECTED', 'OWN_INCIDENT')),
    responded_at       timestamptz,
    responded_by       uuid references app_user (id),
    response_enc       bytea,
    primary key (incident_id, organisation_id),
    check ((response is null) = (responded_at is null))
);
create index incident_party_organisation on incident_party (organisation_id, told_at desc);

-- Notes between the incident's owner and the parties told: the coordination, as it happened. Never edited.
create table incident_note (
    id              uuid primary key,
    incident_id     uuid        not null references incident (id),
    organisation_id uuid        not null references organisation (id),
    written_by      uuid        not null references app_user (id),
    written_at      timestamptz not null,
    note_enc        bytea       not null
);
create index incident_note_incident on incident_note (incident_id, written_at);

-- Misuse referred to the organisation's own processes (002 §4.8; 000 §5.2): recorded here, managed there.
create table incident_referral (
    id              uuid primary key,
    incident_id     uuid        not null references incident (id),
    referred_to     text        not null check (referred_to in ('DISCIPLINARY', 'PROFESSIONAL_STANDARDS', 'POLICE')),
    staff_member    uuid references app_user (id),
    referred_on     date        not null,
    referred_by     uuid        not null references app_user (id),
    recorded_at     timestamptz not null,
    reference_enc   bytea,
    notes_enc       bytea
);
create index incident_referral_incident on incident_referral (incident_id, recorded_at);

create trigger incident_note_kept before update or delete on incident_note for each row execute function incident_is_kept();
create trigger incident_referral_kept before update or delete on incident_referral for each row execute function incident_is_kept();

-- Notifications may now say that an incident, or a request for assistance, is waiting.
alter table notification drop constraint notification_waiting_check;
alter table notification add constraint notification_waiting_check
    check (waiting in ('DISCLOSURE', 'DATASET', 'NOTICE', 'INCIDENT', 'REQUEST', 'COMPLAINT'));
