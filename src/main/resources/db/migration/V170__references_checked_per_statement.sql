-- The five tables that refer to a disclosure (its items, the potential breach of its withdrawal, the notices about it,
-- whether its person was told, the inaccuracies reported in it) kept that reference by a foreign key, which PostgreSQL
-- checks row by row: deleting a disposal batch of 10,000 disclosures ran 50,000 separate look-ups, most of the batch's
-- time; and listing the batch's records in disposal_item looked up its run 10,000 times. The same rules are now
-- checked once per statement over the statement's rows (ADR 0099):
--  * a disclosure still referred to cannot be deleted (checked after each DELETE on disclosure, in READ COMMITTED,
--    the isolation that sees references committed meanwhile, as the foreign key's own check does);
--  * a reference must name an existing disclosure, which is locked FOR KEY SHARE until the referring transaction ends,
--    exactly as the foreign key locks it, so a concurrent delete waits and then fails, or the reference fails;
--  * a disclosure's id never changes, and the table is never truncated.
-- Each reference is named in the referring table's trigger (column, referenced table) and in the referenced table's
-- (referring table, column); ReferencesCheckedPerStatementIT requires the two to agree.
alter table disclosure_item drop constraint disclosure_item_disclosure_id_fkey;
alter table potential_breach drop constraint potential_breach_disclosure_id_fkey;
alter table delivery_notice drop constraint delivery_notice_disclosure_id_fkey;
alter table person_informed drop constraint person_informed_disclosure_id_fkey;
alter table quality_report drop constraint quality_report_disclosure_id_fkey;
alter table disposal_item drop constraint disposal_item_run_id_fkey;

-- After a DELETE on the referenced table: none of the deleted rows is still referred to. Arguments: pairs of
-- (referring table, referring column).
create function references_to_deleted_rows() returns trigger language plpgsql as $$
declare
    i        integer := 0;
    referred boolean;
begin
    if current_setting('transaction_isolation') <> 'read committed' then
        raise exception 'rows of % are deleted only in READ COMMITTED transactions, whose check sees references committed meanwhile', tg_table_name
            using errcode = '55000';
    end if;
    while i < tg_nargs loop
        execute format('select exists (select 1 from %I r where r.%I = any (array(select id from deleted)))',
                       tg_argv[i], tg_argv[i + 1]) into referred;
        if referred then
            raise exception 'update or delete on table "%" violates the reference from table "%"', tg_table_name, tg_argv[i]
                using errcode = '23503';
        end if;
        i := i + 2;
    end loop;
    return null;
end $$;

-- After an INSERT or UPDATE on a referring table: every reference added names an existing row of the referenced table,
-- now locked FOR KEY SHARE. Arguments: the referring column, the referenced table.
create function reference_exists() returns trigger language plpgsql as $$
declare
    refs  text;
    ok    boolean;
begin
    if tg_op = 'INSERT' then
        refs := format('select distinct a.%1$I as ref from added a where a.%1$I is not null', tg_argv[0]);
    else
        refs := format('select distinct a.%1$I as ref from added a join removed r on r.id = a.id where a.%1$I is not null and a.%1$I is distinct from r.%1$I',
                       tg_argv[0]);
    end if;
    execute format('with refs as (%s) select (select count(*) from refs) = (select count(*) from (select 1 from %I p where p.id in (select ref from refs) for key share of p) l)',
                   refs, tg_argv[1]) into ok;
    if not ok then
        raise exception 'insert or update on table "%" violates the reference to table "%": a % names no row of it', tg_table_name, tg_argv[1], tg_argv[0]
            using errcode = '23503';
    end if;
    return null;
end $$;

create function key_never_changes() returns trigger language plpgsql as $$
begin
    raise exception 'the id of a row of % never changes: other tables refer to it', tg_table_name using errcode = '23503';
end $$;

create function never_truncated() returns trigger language plpgsql as $$
begin
    raise exception '% is never truncated: other tables refer to its rows, which are deleted row by row', tg_table_name using errcode = '55000';
end $$;

create trigger disclosure_still_referred after delete on disclosure referencing old table as deleted for each statement
    execute function references_to_deleted_rows('disclosure_item', 'disclosure_id', 'potential_breach', 'disclosure_id',
                                                'delivery_notice', 'disclosure_id', 'person_informed', 'disclosure_id',
                                                'quality_report', 'disclosure_id');
create trigger disclosure_id_kept before update of id on disclosure for each row when (old.id is distinct from new.id)
    execute function key_never_changes();
create trigger disclosure_not_truncated before truncate on disclosure for each statement execute function never_truncated();

create trigger disclosure_item_refers after insert on disclosure_item referencing new table as added for each statement
    execute function reference_exists('disclosure_id', 'disclosure');
create trigger disclosure_item_refers_still after update on disclosure_item referencing new table as added old table as removed
    for each statement execute function reference_exists('disclosure_id', 'disclosure');
create trigger potential_breach_refers after insert on potential_breach referencing new table as added for each statement
    execute function reference_exists('disclosure_id', 'disclosure');
create trigger potential_breach_refers_still after update on potential_breach referencing new table as added old table as removed
    for each statement execute function reference_exists('disclosure_id', 'disclosure');
create trigger delivery_notice_refers after insert on delivery_notice referencing new table as added for each statement
    execute function reference_exists('disclosure_id', 'disclosure');
create trigger delivery_notice_refers_still after update on delivery_notice referencing new table as added old table as removed
    for each statement execute function reference_exists('disclosure_id', 'disclosure');
create trigger person_informed_refers after insert on person_informed referencing new table as added for each statement
    execute function reference_exists('disclosure_id', 'disclosure');
create trigger person_informed_refers_still after update on person_informed referencing new table as added old table as removed
    for each statement execute function reference_exists('disclosure_id', 'disclosure');
create trigger quality_report_refers after insert on quality_report referencing new table as added for each statement
    execute function reference_exists('disclosure_id', 'disclosure');
create trigger quality_report_refers_still after update on quality_report referencing new table as added old table as removed
    for each statement execute function reference_exists('disclosure_id', 'disclosure');

-- A disposal run's listed records (disposal_item is append-only: its own trigger refuses updates and deletes).
create trigger disposal_run_still_referred after delete on disposal_run referencing old table as deleted for each statement
    execute function references_to_deleted_rows('disposal_item', 'run_id');
create trigger disposal_run_id_kept before update of id on disposal_run for each row when (old.id is distinct from new.id)
    execute function key_never_changes();
create trigger disposal_run_not_truncated before truncate on disposal_run for each statement execute function never_truncated();
create trigger disposal_item_refers after insert on disposal_item referencing new table as added for each statement
    execute function reference_exists('run_id', 'disposal_run');
