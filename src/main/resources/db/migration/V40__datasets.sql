-- Systematic (bulk) datasets under an agreement. See docs/adr/0030-delivery.md.
-- dataset_specification: per agreement and direction, the columns a sender may publish to a recipient, each
--   carrying one of the agreement's data items, with a value type, whether it is required and whether it is
--   pseudonymised; and the recipient team with a need to know.
-- dataset_upload: one upload attempt and its outcome. Only a PUBLISHED upload is a dataset; its report names
--   columns, positions, rows and rules, never values.
-- dataset_block: a published dataset's rows, in blocks sealed with AES-256-GCM under the agreement's key.
create table dataset_specification (
    id                     uuid primary key,
    agreement_id           uuid        not null,
    sender_organisation    uuid        not null references organisation (id),
    recipient_organisation uuid        not null references organisation (id),
    recipient_team         uuid        not null references team (id),
    columns                jsonb       not null,
    version                integer     not null default 0,
    created_at             timestamptz not null,
    created_by             uuid references app_user (id),
    updated_at             timestamptz not null,
    updated_by             uuid references app_user (id),
    unique (agreement_id, sender_organisation, recipient_organisation),
    check (sender_organisation <> recipient_organisation)
);

create table dataset_upload (
    id                     uuid primary key,
    specification_id       uuid        not null references dataset_specification (id),
    agreement_id           uuid        not null,
    agreement_version      integer     not null,
    sender_organisation    uuid        not null references organisation (id),
    recipient_organisation uuid        not null references organisation (id),
    recipient_team         uuid        not null references team (id),
    uploaded_by            uuid        not null references app_user (id),
    idempotency_key        text        not null check (idempotency_key ~ '^[A-Za-z0-9._:-]{1,100}$'),
    request_fingerprint    text        not null,
    format                 text        not null check (format in ('CSV', 'JSON_LINES')),
    column_mode            text        not null check (column_mode in ('REFUSE', 'DROP')),
    status                 text        not null check (status in ('RECEIVING', 'PUBLISHED', 'REFUSED', 'FAILED', 'INTERRUPTED')),
    attempts               integer     not null default 1,
    received_at            timestamptz not null,
    finished_at            timestamptz,
    rows_read              bigint,
    row_count              bigint,
    block_count            integer,
    columns                jsonb,
    report                 jsonb,
    problem_count          bigint,
    unique (sender_organisation, idempotency_key),
    check (status <> 'PUBLISHED' or (row_count is not null and columns is not null))
);
create index dataset_upload_recipient on dataset_upload (recipient_organisation, status, finished_at desc);
create index dataset_upload_sender on dataset_upload (sender_organisation, received_at desc);

create table dataset_block (
    upload_id uuid    not null references dataset_upload (id) on delete cascade,
    seq       integer not null check (seq >= 0),
    row_count integer not null check (row_count > 0),
    content   bytea   not null,
    primary key (upload_id, seq)
);
-- Ciphertext does not compress: store it out of line without trying.
alter table dataset_block alter column content set storage external;
