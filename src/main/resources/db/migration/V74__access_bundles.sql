-- Subject access bundles (004 §6; UK GDPR Art 15, 20): prepared from what the organisation holds and has shared,
-- previewed with every withheld item and its exemption (the internal copy), approved by the Data Protection
-- Officer, then released. The DPO's choices and the approved bundle are sealed under the request's key; the
-- digest of the approved bundle is ledgered, so what was released can be shown to be what was approved.
create table access_bundle (
    id              uuid primary key,
    request_id      uuid        not null unique references rights_request (id),
    organisation_id uuid        not null references organisation (id),
    subject_id      uuid        not null,
    status          text        not null check (status in ('DRAFT', 'APPROVED', 'RELEASED')),
    choices_enc     bytea       not null,
    content_enc     bytea,
    content_sha256  bytea,
    item_count      integer,
    withheld_count  integer,
    exemptions      text[]      not null default '{}',
    prepared_at     timestamptz not null,
    prepared_by     uuid        not null references app_user (id),
    approved_at     timestamptz,
    approved_by     uuid references app_user (id),
    released_on     date,
    release_method  text check (release_method in ('SECURE_EMAIL', 'POST', 'IN_PERSON', 'COLLECTED')),
    released_at     timestamptz,
    released_by     uuid references app_user (id),
    check ((status = 'DRAFT') = (content_enc is null)),
    check ((status = 'RELEASED') = (released_at is not null)),
    check ((content_enc is null) = (content_sha256 is null))
);
