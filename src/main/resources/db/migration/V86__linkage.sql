-- Supporting Families linkage and outcomes (issue 12). See docs/adr/0070-linkage-encodings.md and
-- docs/adr/0071-linkage-runs-reviews-and-worklist.md. Nothing here holds a name, a date of birth or an address:
-- partners' records arrive already encoded; which records a pair, a person or a family is made of (partners'
-- references) and what the families' assessments rest on are sealed with AES-256-GCM under the agreement's key.

-- linkage_plan: one partnership's linkage under one agreement, held by the organisation that links (the hub): the
--   analysts' team (receives the partners' linkage extracts; configures, runs, reviews and publishes), the early
--   help team that works the published worklist, the fingerprint of the linkage secret every extract must carry,
--   the linkage settings and the outcomes plan (versioned JSON shapes, no personal data).
create table linkage_plan (
    id                 uuid primary key,
    organisation_id    uuid        not null references organisation (id),
    agreement_id       uuid        not null,
    name               text        not null check (length(name) between 1 and 200),
    analyst_team       uuid        not null references team (id),
    worklist_team      uuid        not null references team (id),
    secret_fingerprint text        not null check (secret_fingerprint ~ '^[0-9a-f]{8}$'),
    settings           jsonb       not null,
    outcomes_plan      jsonb       not null,
    version            integer     not null default 0,
    created_at         timestamptz not null,
    created_by         uuid        not null references app_user (id),
    updated_at         timestamptz not null,
    updated_by         uuid        not null references app_user (id)
);
create index linkage_plan_organisation on linkage_plan (organisation_id);

-- linkage_outcomes_version: every version of a plan's outcomes plan, so that an assessment can name its rules.
create table linkage_outcomes_version (
    plan_id    uuid        not null references linkage_plan (id),
    version    integer     not null check (version >= 1),
    content    jsonb       not null,
    created_at timestamptz not null,
    created_by uuid        not null references app_user (id),
    primary key (plan_id, version)
);

-- linkage_own_extract: the hub's own encoded records (an organisation sends no dataset to itself), sealed.
create table linkage_own_extract (
    id          uuid primary key,
    plan_id     uuid        not null references linkage_plan (id),
    uploaded_at timestamptz not null,
    uploaded_by uuid        not null references app_user (id),
    records     integer     not null check (records > 0),
    rows        bigint      not null,
    content     bytea       not null
);
alter table linkage_own_extract alter column content set storage external;
create index linkage_own_extract_plan on linkage_own_extract (plan_id, uploaded_at desc);

-- linkage_run: one run over the latest extracts: what it read (ids and counts), what it found (counts) and the
--   model it used (m and u per level). Its pairs, people and families are in the tables below.
create table linkage_run (
    id               uuid primary key,
    plan_id          uuid        not null references linkage_plan (id),
    status           text        not null check (status in ('RUNNING', 'FINISHED', 'FAILED')),
    started_at       timestamptz not null,
    started_by       uuid        not null references app_user (id),
    finished_at      timestamptz,
    as_of            date        not null,
    plan_version     integer     not null,
    outcomes_version integer     not null,
    sources          jsonb,
    summary          jsonb,
    model            jsonb,
    failure          text,
    published_at     timestamptz,
    published_by     uuid references app_user (id),
    check (status = 'FINISHED' or published_at is null)
);
create index linkage_run_plan on linkage_run (plan_id, started_at desc);

-- linkage_pair: the pairs a run left to a person (the clerical band, or held above it), with their comparison
--   pattern and match weight; which two records they are is sealed.
create table linkage_pair (
    run_id  uuid             not null references linkage_run (id),
    pair_no integer          not null,
    weight  double precision not null,
    pattern integer          not null,
    hold    text,
    records bytea            not null,
    primary key (run_id, pair_no)
);

-- linkage_person: people a run flagged for the analyst to look at, with their records (sealed).
create table linkage_person (
    run_id    uuid    not null references linkage_run (id),
    person_no integer not null,
    flags     text[]  not null,
    records   bytea   not null,
    primary key (run_id, person_no)
);

-- linkage_family: a run's families that meet at least one headline area; members and assessment sealed.
create table linkage_family (
    run_id          uuid    not null references linkage_run (id),
    family_no       integer not null,
    eligible        boolean not null,
    areas_met       integer not null check (areas_met between 1 and 10),
    members         integer not null,
    latest_evidence date,
    content         bytea   not null,
    primary key (run_id, family_no)
);
create index linkage_family_worklist on linkage_family (run_id, eligible, areas_met desc);

-- linkage_decision: what reviewers and analysts decided (the same person, not the same, kept apart), kept across
--   runs: every run applies them all. Which records is sealed.
create table linkage_decision (
    id         uuid primary key,
    plan_id    uuid        not null references linkage_plan (id),
    kind       text        not null check (kind in ('SAME', 'NOT_SAME', 'APART')),
    run_id     uuid        not null references linkage_run (id),
    pair_no    integer,
    decided_at timestamptz not null,
    decided_by uuid        not null references app_user (id),
    records    bytea       not null
);
create index linkage_decision_plan on linkage_decision (plan_id);
create unique index linkage_decision_pair on linkage_decision (run_id, pair_no) where pair_no is not null;

-- linkage_programme: families the early help team works with: the run and day of the baseline, and (sealed) the
--   members' records and the headline areas met at the baseline.
create table linkage_programme (
    id        uuid primary key,
    plan_id   uuid        not null references linkage_plan (id),
    run_id    uuid        not null references linkage_run (id),
    family_no integer     not null,
    joined_at timestamptz not null,
    joined_by uuid        not null references app_user (id),
    baseline  date        not null,
    content   bytea       not null,
    unique (run_id, family_no)
);
create index linkage_programme_plan on linkage_programme (plan_id);

-- linkage_progress: a programme family's progress as a later run found it, with a keyed digest of the facts it
--   rested on (the ledger entry carries the same digest, so a claim can be evidenced).
create table linkage_progress (
    programme_id              uuid        not null references linkage_programme (id),
    run_id                    uuid        not null references linkage_run (id),
    assessed_at               timestamptz not null,
    significant_and_sustained boolean     not null,
    improved                  integer     not null,
    areas                     integer     not null,
    evidence_digest           text        not null,
    content                   bytea       not null,
    primary key (programme_id, run_id)
);
