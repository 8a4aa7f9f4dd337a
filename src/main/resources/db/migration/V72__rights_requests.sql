-- Rights requests (002 §3.2; 004 §8; UK GDPR Art 12–22). What the requester and the person told us is sealed
-- under the request's own key (a RECORD key), so the request can be disposed of on its own schedule, apart from
-- the person's records; the person is linked only once a member of staff confirmed who they are.
alter table crypto_key drop constraint crypto_key_scope_type_check;
alter table crypto_key add constraint crypto_key_scope_type_check
    check (scope_type in ('ORGANISATION', 'SUBJECT', 'AGREEMENT', 'DEPLOYMENT', 'RECORD'));

create sequence rights_request_number;

create table rights_request (
    id                  uuid primary key,
    organisation_id     uuid        not null references organisation (id),
    reference           text        not null unique,
    kind                text        not null check (kind in ('ACCESS', 'RECTIFICATION', 'ERASURE', 'RESTRICTION', 'OBJECTION',
                                                             'PORTABILITY', 'AUTOMATED_DECISION')),
    received_on         date        not null,
    received_how        text        not null check (received_how in ('LETTER', 'EMAIL', 'ONLINE_FORM', 'IN_PERSON', 'TELEPHONE', 'SOCIAL_MEDIA')),
    capacity            text        not null check (capacity in ('THE_PERSON', 'PARENT', 'LEGAL_REPRESENTATIVE', 'ATTORNEY_OR_DEPUTY',
                                                                 'OTHER_AUTHORISED')),
    requester_enc       bytea       not null,
    person_enc          bytea       not null,
    details_enc         bytea       not null,
    identity_check      text check (identity_check in ('PHOTO_IDENTITY', 'PROOF_OF_ADDRESS', 'KNOWN_TO_SERVICE',
                                                       'CONFIRMED_BY_PROFESSIONAL', 'SIGNED_AUTHORITY')),
    identity_checked_on date,
    identity_checked_by uuid references app_user (id),
    subject_id          uuid,
    person_confirmed_by uuid references app_user (id),
    person_confirmed_at timestamptz,
    not_held            boolean     not null default false,
    status              text        not null check (status in ('OPEN', 'PAUSED', 'DECIDED', 'CLOSED')),
    extension_reason    text check (extension_reason in ('COMPLEX', 'NUMBER_OF_REQUESTS')),
    extension_note_enc  bytea,
    extended_on         date,
    extended_by         uuid references app_user (id),
    outcome             text check (outcome in ('GRANTED', 'PARTLY_GRANTED', 'REFUSED', 'NOTHING_HELD')),
    exemptions          text[]      not null default '{}',
    decision_note_enc   bytea,
    decided_on          date,
    decided_by          uuid references app_user (id),
    escalated_at        timestamptz,
    propagated_at       timestamptz,
    erased_at           timestamptz,
    closed_on           date,
    recorded_at         timestamptz not null,
    recorded_by         uuid        not null references app_user (id),
    check ((identity_check is null) = (identity_checked_on is null)),
    check ((status in ('DECIDED', 'CLOSED')) = (outcome is not null and decided_on is not null)),
    check ((status = 'CLOSED') = (closed_on is not null)),
    check ((extension_reason is null) = (extended_on is null)),
    check (not (not_held and subject_id is not null))
);
create index rights_request_queue on rights_request (organisation_id, status, received_on);
create index rights_request_subject on rights_request (subject_id) where subject_id is not null;

create table rights_request_pause (
    id         uuid primary key,
    request_id uuid not null references rights_request (id),
    reason     text not null check (reason in ('IDENTITY', 'CLARIFICATION')),
    paused_on  date not null,
    paused_by  uuid not null references app_user (id),
    resumed_on date,
    resumed_by uuid references app_user (id),
    check (resumed_on is null or resumed_on >= paused_on)
);
create unique index rights_request_pause_open on rights_request_pause (request_id) where resumed_on is null;
