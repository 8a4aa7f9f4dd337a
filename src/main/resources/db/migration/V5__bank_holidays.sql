-- Bank holidays beyond those shipped with the product (clock/bank-holidays.json): each change an
-- administrator makes to a nation's calendar, in order. The calendar in force is the shipped data with
-- these changes applied: ADD a date that is not a working day (a coming year's date, a one-off holiday),
-- REMOVE one that no longer is (a date moved by proclamation), CONFIRM_YEAR that a year's dates are complete
-- (so deadlines counted through it are no longer provisional). The log is append-only: a mistake is put
-- right by a further change, and every change is also in the ledger.
-- (The table comes before the directory's, V10: made_by is checked by the service, not by a foreign key.)
create table bank_holiday_change (
    seq          bigint generated always as identity primary key,
    nation       text        not null check (nation in ('ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND')),
    action       text        not null check (action in ('ADD', 'REMOVE', 'CONFIRM_YEAR')),
    holiday_date date,
    year         integer check (year between 2000 and 2100),
    name         text check (length(name) between 1 and 100),
    reason       text check (length(reason) between 1 and 500),
    made_by      uuid        not null,
    made_at      timestamptz not null,
    check ((action = 'CONFIRM_YEAR') = (holiday_date is null)),
    check ((action = 'CONFIRM_YEAR') = (year is not null)),
    check ((action = 'ADD') = (name is not null)),
    check ((action = 'REMOVE') = (reason is not null)),
    check (holiday_date is null or (extract(isodow from holiday_date) < 6 and extract(year from holiday_date) between 2000 and 2100))
);
create index bank_holiday_change_nation on bank_holiday_change (nation, seq);

create function bank_holiday_change_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'bank_holiday_change is append-only: make a further change instead';
end $$;
create trigger bank_holiday_change_kept before update or delete on bank_holiday_change
    for each row execute function bank_holiday_change_append_only();
