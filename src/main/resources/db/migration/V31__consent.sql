-- The consent register. Free text (what was agreed, who gave it, notes) is sealed under the subject's key.
-- Records and their history are never deleted: a withdrawal or refusal is recorded, not erased.
create table consent_record (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    subject_id      uuid        not null references data_subject (id),
    answer          text        not null check (answer in ('GIVEN', 'REFUSED')),
    given_by        text        not null check (given_by in ('PERSON', 'PARENTAL_RESPONSIBILITY', 'LEGAL_REPRESENTATIVE')),
    giver_name_enc  bytea,
    capacity        text check (capacity in ('ASSUMED', 'ASSESSED_HAS_CAPACITY', 'LACKS_CAPACITY')),
    explicit        boolean     not null,
    medium          text        not null check (medium in ('WRITTEN', 'VERBAL')),
    given_at        timestamptz not null,
    agreed_enc      bytea,
    purposes        text[]      not null check (cardinality(purposes) > 0),
    recipients      uuid[]      not null,
    valid_from      date        not null,
    valid_until     date,
    withdrawn_at    timestamptz,
    recorded_at     timestamptz not null,
    recorded_by     uuid        not null references app_user (id),
    check (valid_until is null or valid_until >= valid_from),
    check (answer = 'GIVEN' or withdrawn_at is null),
    check (answer = 'REFUSED' or cardinality(recipients) > 0)
);
create index consent_record_subject on consent_record (subject_id);
create index consent_record_organisation on consent_record (organisation_id, recorded_at desc);

create table consent_event (
    id          bigserial primary key,
    consent_id  uuid        not null references consent_record (id),
    event       text        not null check (event in ('GIVEN', 'REFUSED', 'WITHDRAWN')),
    happened_at timestamptz not null,
    recorded_at timestamptz not null,
    recorded_by uuid        not null references app_user (id)
);
create index consent_event_consent on consent_event (consent_id);

-- Notes on a history entry, sealed with the entry's id in their context (so kept apart from the entry).
create table consent_event_notes (
    event_id  bigint primary key references consent_event (id),
    notes_enc bytea not null
);

-- Which decisions relied on which consent, so that a withdrawal knows whom to tell.
create table consent_reliance (
    consent_id                uuid        not null references consent_record (id),
    decision_id               uuid        not null,
    recipient_organisation_id uuid        not null references organisation (id),
    recipient_team_id         uuid references team (id),
    relied_at                 timestamptz not null,
    primary key (consent_id, decision_id)
);

create table consent_withdrawal_notice (
    id                        uuid primary key,
    consent_id                uuid        not null references consent_record (id),
    decision_id               uuid        not null,
    holder_organisation_id    uuid        not null references organisation (id),
    recipient_organisation_id uuid        not null references organisation (id),
    recipient_team_id         uuid references team (id),
    subject_id                uuid        not null references data_subject (id),
    status                    text        not null check (status in ('OPEN', 'DONE')),
    raised_at                 timestamptz not null,
    done_at                   timestamptz,
    done_by                   uuid references app_user (id),
    check ((status = 'DONE') = (done_at is not null))
);
create index consent_withdrawal_notice_open on consent_withdrawal_notice (holder_organisation_id, status);

create function consent_history_is_kept() returns trigger language plpgsql as $$
begin
    raise exception 'consent records and their history are never deleted';
end $$;
create trigger consent_record_kept before delete on consent_record for each row execute function consent_history_is_kept();
create trigger consent_event_kept before delete or update on consent_event for each row execute function consent_history_is_kept();
create trigger consent_event_notes_kept before delete or update on consent_event_notes for each row execute function consent_history_is_kept();
