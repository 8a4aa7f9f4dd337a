-- Disclosures: what a share decision allowed, delivered to a named person or team. See docs/adr/0030-delivery.md.
-- Every free-text value about the data subject is sealed under the subject's key (columns ending _enc), so that
-- destroying that key disposes of it; codes, labels, dates and ids are in clear.
create table disclosure (
    id                     uuid primary key,
    decision_id            uuid        not null,
    subject_id             uuid        not null,
    sender_organisation    uuid        not null references organisation (id),
    sent_by                uuid        not null references app_user (id),
    recipient_organisation uuid        not null references organisation (id),
    recipient_team         uuid references team (id),
    recipient_user         uuid references app_user (id),
    purpose                text        not null,
    lawful_basis           jsonb       not null,
    inform_person          boolean     not null,
    not_inform_reason_enc  bytea,
    protected_identities_enc bytea,
    access_until           date,
    sent_at                timestamptz not null,
    first_opened_at        timestamptz,
    withdrawn_at           timestamptz,
    withdrawn_by           uuid references app_user (id),
    check ((recipient_team is null) <> (recipient_user is null)),
    check (sender_organisation <> recipient_organisation)
);
create index disclosure_recipient on disclosure (recipient_organisation, sent_at desc);
create index disclosure_sender on disclosure (sender_organisation, sent_at desc);
create index disclosure_decision on disclosure (decision_id);
create index disclosure_subject on disclosure (subject_id);

create table disclosure_item (
    id                  uuid primary key,
    disclosure_id       uuid    not null references disclosure (id),
    position            integer not null check (position >= 0),
    code                text    not null,
    label               text    not null,
    category            text    not null,
    kind                text    not null check (kind in ('FACT', 'OPINION')),
    historical          boolean not null,
    not_to_subject      boolean not null,
    content_enc         bytea   not null,
    historical_note_enc bytea,
    unique (disclosure_id, position),
    unique (disclosure_id, code)
);

-- A disclosure withdrawn by its sender (sent in error) is a potential breach for the sender's DPO (002 §4.8).
create table potential_breach (
    id                       uuid primary key,
    organisation_id          uuid        not null references organisation (id),
    disclosure_id            uuid        not null unique references disclosure (id),
    recorded_at              timestamptz not null,
    recorded_by              uuid        not null references app_user (id),
    reason_enc               bytea       not null,
    opened_before_withdrawal boolean     not null,
    status                   text        not null check (status in ('OPEN', 'REVIEWED')),
    reviewed_at              timestamptz,
    reviewed_by              uuid references app_user (id),
    review_note_enc          bytea,
    check ((status = 'REVIEWED') = (reviewed_at is not null))
);
create index potential_breach_open on potential_breach (organisation_id, recorded_at desc);

-- Notices delivered to the recipients of earlier disclosures: that the consent a share relied on was withdrawn.
create table delivery_notice (
    id                     uuid primary key,
    withdrawal_notice_id   uuid        not null,
    decision_id            uuid        not null,
    disclosure_id          uuid references disclosure (id),
    sender_organisation    uuid        not null references organisation (id),
    recipient_organisation uuid        not null references organisation (id),
    recipient_team         uuid references team (id),
    recipient_user         uuid references app_user (id),
    sent_at                timestamptz not null,
    sent_by                uuid        not null references app_user (id),
    acknowledged_at        timestamptz,
    acknowledged_by        uuid references app_user (id),
    unique (withdrawal_notice_id, disclosure_id)
);
create index delivery_notice_recipient on delivery_notice (recipient_organisation, sent_at desc);
