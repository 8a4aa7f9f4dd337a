-- The partnership's reports (000 §5.1; 004 §7) count decisions by month, deciding organisation, purpose, outcome and
-- lawful basis. The lawful basis a decision relied on (the catalogue code of its UK GDPR Article 6 link) is kept in
-- clear beside its purpose and outcome: a code, never personal data. Decisions recorded before this change hold
-- their basis only inside the sealed record and are counted as 'UNRECORDED'.
alter table sharing_decision add column lawful_basis text;

-- One row per month (its first day, in London) and dimension, kept by trigger in the same transaction as the
-- decision's own row, so that a report over years of decisions reads thousands of rows rather than millions.
create table decision_summary (
    month              date    not null check (extract(day from month) = 1),
    organisation_id    uuid    not null,
    purpose            text    not null,
    outcome            text    not null,
    lawful_basis       text    not null,
    decisions          bigint  not null check (decisions >= 0),
    consent_overridden bigint  not null check (consent_overridden >= 0),
    primary key (month, organisation_id, purpose, outcome, lawful_basis)
);

create function decision_summary_add(d date, org uuid, p text, o text, b text, n bigint, overridden bigint) returns void
    language sql as $$
    insert into decision_summary as s (month, organisation_id, purpose, outcome, lawful_basis, decisions, consent_overridden)
    values (d, org, p, o, coalesce(b, 'UNRECORDED'), n, overridden)
    on conflict (month, organisation_id, purpose, outcome, lawful_basis)
        do update set decisions = s.decisions + excluded.decisions, consent_overridden = s.consent_overridden + excluded.consent_overridden
$$;

create function decision_summary_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if old.outcome is not distinct from new.outcome and old.lawful_basis is not distinct from new.lawful_basis
           and old.consent_overridden = new.consent_overridden and old.purpose = new.purpose then
            return new;
        end if;
        perform decision_summary_add(date_trunc('month', old.decided_at at time zone 'Europe/London')::date, old.organisation_id, old.purpose, old.outcome,
                                     old.lawful_basis, -1, case when old.consent_overridden then -1 else 0 end);
    end if;
    perform decision_summary_add(date_trunc('month', new.decided_at at time zone 'Europe/London')::date, new.organisation_id, new.purpose, new.outcome,
                                 new.lawful_basis, 1, case when new.consent_overridden then 1 else 0 end);
    return new;
end $$;
create trigger decision_summary_kept after insert or update on sharing_decision
    for each row execute function decision_summary_kept();

-- Rebuilt from the decisions themselves: after a bulk load with triggers off, or to prove the summary true.
create function decision_summary_rebuild() returns bigint language plpgsql as $$
declare
    n bigint;
begin
    delete from decision_summary;
    insert into decision_summary (month, organisation_id, purpose, outcome, lawful_basis, decisions, consent_overridden)
    select date_trunc('month', decided_at at time zone 'Europe/London')::date, organisation_id, purpose, outcome, coalesce(lawful_basis, 'UNRECORDED'),
           count(*), count(*) filter (where consent_overridden)
    from sharing_decision
    group by 1, 2, 3, 4, 5;
    get diagnostics n = row_count;
    return n;
end $$;

select decision_summary_rebuild();

-- Overrides of consent and their reviews are read from the decisions themselves; they are few.
create index sharing_decision_overridden on sharing_decision (decided_at) where consent_overridden;
