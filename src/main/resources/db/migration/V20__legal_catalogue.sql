-- The legal catalogue as versioned data. The built-in provisions (BuiltInProvisions) are loaded at start,
-- idempotently; DPOs and partnership administrators may add provisions. Every change is a new catalogue
-- version, and agreements record the version they were drafted against. Codes are never reused.
create table legal_catalogue_version (
    version          integer primary key check (version > 0),
    created_at       timestamptz not null,
    created_by       uuid references app_user (id),
    built_in_release integer,
    change           text not null check (change in ('BUILT_IN', 'ADDED'))
);
create unique index legal_catalogue_built_in_release on legal_catalogue_version (built_in_release);

create table legal_provision (
    code             text primary key check (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    kind             text        not null check (kind in ('ARTICLE_6', 'ARTICLE_9', 'SCHEDULE_1', 'ARTICLE_10',
                                                          'PART_3_SENSITIVE', 'SCHEDULE_8', 'STATUTORY_GATEWAY', 'COMMON_LAW')),
    citation         text        not null check (length(citation) between 1 and 200),
    title            text        not null check (length(title) between 1 and 200),
    summary          text check (length(summary) <= 1000),
    built_in         boolean     not null,
    added_in_version integer     not null references legal_catalogue_version (version),
    added_by         uuid references app_user (id),
    added_at         timestamptz not null
);
create index legal_provision_kind on legal_provision (kind, code);
