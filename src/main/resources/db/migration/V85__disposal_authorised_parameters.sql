-- disposal_authorised(kind, id) (V75) is what the kept-forever triggers (V76) ask before a delete. In a SQL function a
-- column name wins over a parameter of the same name, so "i.record_id = id" compared each listed record with the
-- run's own id and no consent record or sharing decision could ever be disposed of. The parameters are qualified.
create or replace function disposal_authorised(kind text, id uuid) returns boolean language sql stable as $$
    select exists (
        select 1 from disposal_item i join disposal_run r on r.id = i.run_id
        where r.status = 'RUNNING'
          and r.id::text = current_setting('infoshare.disposal_run', true)
          and i.record_type = disposal_authorised.kind and i.record_id = disposal_authorised.id)
$$;
