-- Consent records (with their history) and sharing decisions are kept: their triggers refuse deletion. They let a
-- record go on exactly one path: a RUNNING disposal run, named by the deleting transaction, that lists the record
-- (disposal_authorised, V75). History entries are never changed, and go only with their consent record.
drop trigger consent_record_kept on consent_record;
drop trigger consent_event_kept on consent_event;
drop trigger consent_event_notes_kept on consent_event_notes;
drop trigger sharing_decision_kept on sharing_decision;
drop function consent_history_is_kept();
drop function sharing_decision_is_kept();

create function consent_record_kept() returns trigger language plpgsql as $$
begin
    if disposal_authorised('CONSENT_RECORD', old.id) then
        return old;
    end if;
    raise exception 'consent records and their history are never deleted, except by a disposal run' using errcode = '42501';
end $$;
create trigger consent_record_kept before delete on consent_record for each row execute function consent_record_kept();

create function consent_event_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and disposal_authorised('CONSENT_RECORD', old.consent_id) then
        return old;
    end if;
    raise exception 'consent history is never changed, and deleted only with its consent record by a disposal run' using errcode = '42501';
end $$;
create trigger consent_event_kept before delete or update on consent_event for each row execute function consent_event_kept();

create function consent_event_notes_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and exists (select 1 from consent_event e
                                    where e.id = old.event_id and disposal_authorised('CONSENT_RECORD', e.consent_id)) then
        return old;
    end if;
    raise exception 'consent history is never changed, and deleted only with its consent record by a disposal run' using errcode = '42501';
end $$;
create trigger consent_event_notes_kept before delete or update on consent_event_notes
    for each row execute function consent_event_notes_kept();

create function sharing_decision_kept() returns trigger language plpgsql as $$
begin
    if disposal_authorised('SHARING_DECISION', old.id) then
        return old;
    end if;
    raise exception 'sharing decisions are never deleted, except by a disposal run' using errcode = '42501';
end $$;
create trigger sharing_decision_kept before delete on sharing_decision for each row execute function sharing_decision_kept();
