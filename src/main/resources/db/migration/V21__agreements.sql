-- Information sharing agreements. An agreement has versions; each version's text and structure is one
-- JSON document (drafted, signed, exported and printed as a whole), with the fields that are queried held
-- in columns beside it. Agreements describe processing, not people: no data about data subjects is held
-- here, and agreements are meant to be published (002 §2.8).
create sequence agreement_reference_seq;

create table agreement (
    id                      uuid primary key,
    reference               text        not null unique check (length(reference) between 1 and 40),
    created_by_organisation uuid        not null references organisation (id),
    created_by              uuid references app_user (id),
    created_at              timestamptz not null,
    first_effective_on      date,
    published_at            timestamptz,
    published_by            uuid references app_user (id)
);

create table agreement_version (
    agreement_id       uuid        not null references agreement (id),
    version            integer     not null check (version > 0),
    status             text        not null check (status in ('DRAFT', 'AWAITING_SIGNATURES', 'ACTIVE', 'SUPERSEDED', 'TERMINATED')),
    title              text        not null,
    document           jsonb       not null,
    catalogue_version  integer     not null references legal_catalogue_version (version),
    created_at         timestamptz not null,
    created_by         uuid references app_user (id),
    updated_at         timestamptz not null,
    revision           integer     not null default 0,
    submitted_at       timestamptz,
    submitted_by       uuid references app_user (id),
    effective_from     date,
    superseded_on      date,
    terminated_on      date,
    termination_reason text check (length(termination_reason) <= 2000),
    terminated_by      uuid references app_user (id),
    primary key (agreement_id, version),
    check (status <> 'ACTIVE' or effective_from is not null),
    check (status <> 'TERMINATED' or terminated_on is not null)
);
-- At most one version awaiting activation and one in force at a time.
create unique index agreement_version_one_pending on agreement_version (agreement_id)
    where status in ('DRAFT', 'AWAITING_SIGNATURES');
create unique index agreement_version_one_active on agreement_version (agreement_id) where status = 'ACTIVE';

create table agreement_party (
    agreement_id    uuid    not null,
    version         integer not null,
    organisation_id uuid    not null references organisation (id),
    primary key (agreement_id, version, organisation_id),
    foreign key (agreement_id, version) references agreement_version (agreement_id, version)
);
create index agreement_party_organisation on agreement_party (organisation_id, agreement_id);

create table agreement_signature (
    agreement_id    uuid        not null,
    version         integer     not null,
    organisation_id uuid        not null references organisation (id),
    signed_by       uuid        not null references app_user (id),
    capacity        text        not null check (capacity in ('DATA_PROTECTION_OFFICER', 'CALDICOTT_GUARDIAN')),
    signed_at       timestamptz not null,
    primary key (agreement_id, version, organisation_id),
    foreign key (agreement_id, version) references agreement_version (agreement_id, version)
);

create table agreement_review (
    id              uuid primary key,
    agreement_id    uuid        not null references agreement (id),
    version         integer     not null,
    cycle           integer     not null check (cycle > 0),
    due_on          date        not null,
    reviewed_on     date        not null,
    outcome         text        not null check (outcome in ('CONTINUE', 'AMEND', 'TERMINATE')),
    notes           text check (length(notes) <= 5000),
    reviewed_by     uuid        not null references app_user (id),
    organisation_id uuid        not null references organisation (id),
    recorded_at     timestamptz not null,
    foreign key (agreement_id, version) references agreement_version (agreement_id, version)
);
create index agreement_review_agreement on agreement_review (agreement_id, reviewed_on);

create table agreement_dpia (
    agreement_id      uuid    not null,
    version           integer not null,
    screening         jsonb,
    full_required     boolean,
    screening_reasons jsonb,
    screened_by       uuid references app_user (id),
    screened_at       timestamptz,
    assessment        jsonb,
    assessed_by       uuid references app_user (id),
    assessed_at       timestamptz,
    signed_off_by     uuid references app_user (id),
    signed_off_at     timestamptz,
    primary key (agreement_id, version),
    foreign key (agreement_id, version) references agreement_version (agreement_id, version)
);
