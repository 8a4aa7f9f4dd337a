-- Which nation's bank holidays count for working days: a partnership-wide default (one row at most;
-- England and Wales when there is none) and each organisation's own choice, which wins over the default.
-- These tables come before the directory's (V10), so the users and organisations they name are checked by
-- the service rather than by foreign keys.
create table partnership_calendar (
    singleton  boolean primary key default true check (singleton),
    nation     text        not null check (nation in ('ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND')),
    chosen_by  uuid        not null,
    chosen_at  timestamptz not null
);

create table organisation_calendar (
    organisation_id uuid primary key,
    nation          text        not null check (nation in ('ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND')),
    chosen_by       uuid        not null,
    chosen_at       timestamptz not null
);
