-- The partnership's reports (000 §5.1; 004 §7) count decisions by month, deciding organisation, purpose, outcome and
-- lawful basis. The lawful basis a decision relied on (the catalogue code of its UK GDPR Article 6 link) is kept in
-- clear beside its purpose and outcome: a code, never personal data. Decisions recorded before this change hold
-- their basis only inside the sealed record and are counted as 'UNRECORDED'.
alter table sharing_decision add column lawful_basis text;

-- One row per month (its first day, in London) and dimension, kept by trigger in the same transaction as the
-- decision's own row, so that a report over years of decisions reads thousands of rows rather than millions.
-- Beside the decisions: those that overrode consent, and of those the ones whose manager's review is open,
-- agreed or disagreed.
create table decision_summary (
    month              date    not null check (extract(day from month) = 1),
    organisation_id    uuid    not null,
    purpose            text    not null,
    outcome            text    not null,
    lawful_basis       text    not null,
    decisions          bigint  not null check (decisions >= 0),
    consent_overridden bigint  not null check (consent_overridden >= 0),
    override_open      bigint  not null check (override_open >= 0),
    override_agreed    bigint  not null check (override_agreed >= 0),
    override_disagreed bigint  not null check (override_disagreed >= 0),
    primary key (month, organisation_id, purpose, outcome, lawful_basis)
);

-- Adds (n = 1) or takes away (n = -1) one decision's contribution. Taking away updates the row its adding made
-- (an upsert would check the constraints against the negative row it proposes before finding the existing one).
create function decision_summary_add(d sharing_decision, n bigint) returns void language plpgsql as $$
declare
    m date := date_trunc('month', d.decided_at at time zone 'Europe/London')::date;
    basis text := coalesce(d.lawful_basis, 'UNRECORDED');
    d_overridden bigint := case when d.consent_overridden then n else 0 end;
    d_open bigint := case when d.consent_overridden and d.review_status = 'OPEN' then n else 0 end;
    d_agreed bigint := case when d.consent_overridden and d.review_status = 'AGREED' then n else 0 end;
    d_disagreed bigint := case when d.consent_overridden and d.review_status = 'DISAGREED' then n else 0 end;
begin
    if n < 0 then
        update decision_summary
        set decisions = decisions + n, consent_overridden = consent_overridden + d_overridden, override_open = override_open + d_open,
            override_agreed = override_agreed + d_agreed, override_disagreed = override_disagreed + d_disagreed
        where month = m and organisation_id = d.organisation_id and purpose = d.purpose and outcome = d.outcome and lawful_basis = basis;
    else
        insert into decision_summary as s (month, organisation_id, purpose, outcome, lawful_basis, decisions, consent_overridden,
                                           override_open, override_agreed, override_disagreed)
        values (m, d.organisation_id, d.purpose, d.outcome, basis, n, d_overridden, d_open, d_agreed, d_disagreed)
        on conflict (month, organisation_id, purpose, outcome, lawful_basis)
            do update set decisions = s.decisions + excluded.decisions, consent_overridden = s.consent_overridden + excluded.consent_overridden,
                          override_open = s.override_open + excluded.override_open, override_agreed = s.override_agreed + excluded.override_agreed,
                          override_disagreed = s.override_disagreed + excluded.override_disagreed;
    end if;
end $$;

create function decision_summary_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        -- A decision disposed of under the retention rules leaves the counts too, so the summary is always the
        -- decisions held.
        perform decision_summary_add(old, -1);
        return old;
    end if;
    if tg_op = 'UPDATE' then
        if old.outcome is not distinct from new.outcome and old.lawful_basis is not distinct from new.lawful_basis
           and old.consent_overridden = new.consent_overridden and old.purpose = new.purpose
           and old.review_status is not distinct from new.review_status and old.decided_at = new.decided_at
           and old.organisation_id = new.organisation_id then
            return new;
        end if;
        perform decision_summary_add(old, -1);
    end if;
    perform decision_summary_add(new, 1);
    return new;
end $$;
create trigger decision_summary_kept after insert or update or delete on sharing_decision
    for each row execute function decision_summary_kept();

-- Rebuilt from the decisions themselves: after a bulk load with triggers off, or to prove the summary true.
create function decision_summary_rebuild() returns bigint language plpgsql as $$
declare
    n bigint;
begin
    delete from decision_summary;
    insert into decision_summary (month, organisation_id, purpose, outcome, lawful_basis, decisions, consent_overridden,
                                  override_open, override_agreed, override_disagreed)
    select date_trunc('month', decided_at at time zone 'Europe/London')::date, organisation_id, purpose, outcome,
           coalesce(lawful_basis, 'UNRECORDED'), count(*), count(*) filter (where consent_overridden),
           count(*) filter (where consent_overridden and review_status = 'OPEN'),
           count(*) filter (where consent_overridden and review_status = 'AGREED'),
           count(*) filter (where consent_overridden and review_status = 'DISAGREED')
    from sharing_decision
    group by 1, 2, 3, 4, 5;
    get diagnostics n = row_count;
    return n;
end $$;

select decision_summary_rebuild();
