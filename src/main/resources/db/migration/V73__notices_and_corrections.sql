-- Passing rights on, data quality and corrections (002 §3.2, §4.7; UK GDPR Art 16, 19).
-- quality_report: someone (the sender or a recipient) says an item that was shared is inaccurate. Not a breach.
-- rights_notice: what one addressee of a disclosure or dataset is told (a granted request, or an inaccuracy),
--   tracked to its confirmation; its free text is sealed under the notice's own key, so it outlives the person's
--   records (an erasure is told before the records go) and is disposed of with the request.
-- rectification: each correction of a held record, with what it was, what it became and why, under the person's key.
create table quality_report (
    id                    uuid primary key,
    disclosure_id         uuid        not null references disclosure (id),
    item_code             text        not null,
    sender_organisation   uuid        not null references organisation (id),
    subject_id            uuid        not null references data_subject (id),
    reporter_organisation uuid        not null references organisation (id),
    reported_by           uuid        not null references app_user (id),
    reported_at           timestamptz not null,
    what_is_wrong_enc     bytea       not null,
    status                text        not null check (status in ('OPEN', 'CORRECTED', 'CLOSED')),
    settled_at            timestamptz,
    settled_by            uuid references app_user (id),
    check ((status = 'OPEN') = (settled_at is null))
);
create index quality_report_sender on quality_report (sender_organisation, reported_at desc);
create index quality_report_disclosure on quality_report (disclosure_id);

create table rights_notice (
    id                     uuid primary key,
    kind                   text        not null check (kind in ('RECTIFICATION', 'ERASURE', 'RESTRICTION', 'OBJECTION', 'DATA_QUALITY')),
    request_id             uuid references rights_request (id),
    quality_report_id      uuid references quality_report (id),
    sender_organisation    uuid        not null references organisation (id),
    recipient_organisation uuid        not null references organisation (id),
    recipient_team         uuid references team (id),
    recipient_user         uuid references app_user (id),
    asked                  text        not null check (asked in ('CORRECTED', 'RESTRICTED', 'ERASED', 'ACKNOWLEDGED')),
    message_enc            bytea       not null,
    sent_at                timestamptz not null,
    sent_by                uuid        not null references app_user (id),
    due_on                 date        not null,
    status                 text        not null check (status in ('OPEN', 'CONFIRMED')),
    outcome                text check (outcome in ('CORRECTED', 'RESTRICTED', 'ERASED', 'RETAINED_UNDER_EXEMPTION', 'ACKNOWLEDGED')),
    exemption              text,
    confirmation_enc       bytea,
    confirmed_at           timestamptz,
    confirmed_by           uuid references app_user (id),
    reminded_at            timestamptz,
    escalated_at           timestamptz,
    check (num_nonnulls(request_id, quality_report_id) = 1),
    check (sender_organisation <> recipient_organisation),
    check ((status = 'CONFIRMED') = (outcome is not null and confirmed_at is not null)),
    check ((outcome = 'RETAINED_UNDER_EXEMPTION') = (exemption is not null))
);
create index rights_notice_recipient on rights_notice (recipient_organisation, status, sent_at desc);
create index rights_notice_sender on rights_notice (sender_organisation, sent_at desc);
create index rights_notice_request on rights_notice (request_id) where request_id is not null;
create index rights_notice_report on rights_notice (quality_report_id) where quality_report_id is not null;
create index rights_notice_open on rights_notice (due_on) where status = 'OPEN';

create table rights_notice_item (
    notice_id         uuid    not null references rights_notice (id),
    position          integer not null check (position >= 0),
    disclosure_id     uuid,
    item_code         text,
    dataset_upload_id uuid,
    primary key (notice_id, position),
    check ((disclosure_id is not null and item_code is not null and dataset_upload_id is null)
        or (disclosure_id is null and item_code is null and dataset_upload_id is not null))
);
create index rights_notice_item_disclosure on rights_notice_item (disclosure_id) where disclosure_id is not null;

create table rectification (
    id                uuid primary key,
    organisation_id   uuid        not null references organisation (id),
    subject_id        uuid        not null references data_subject (id),
    request_id        uuid references rights_request (id),
    quality_report_id uuid references quality_report (id),
    target            text        not null check (target in ('PERSON_NAME', 'PERSON_DATE_OF_BIRTH', 'DISCLOSED_ITEM')),
    disclosure_id     uuid,
    item_code         text,
    before_enc        bytea       not null,
    after_enc         bytea       not null,
    why_enc           bytea       not null,
    made_at           timestamptz not null,
    made_by           uuid        not null references app_user (id),
    check ((target = 'DISCLOSED_ITEM') = (disclosure_id is not null and item_code is not null))
);
create index rectification_subject on rectification (subject_id, made_at);
create index rectification_request on rectification (request_id) where request_id is not null;
