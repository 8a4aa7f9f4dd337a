-- Every decision an organisation recorded in a month for one purpose, outcome and lawful basis added one to the same
-- summary row (V83), so concurrent decisions queued on that row's lock until each had committed: with four
-- practitioners recording at once, a decision's insert waited 9.4 ms on average (pg_stat_statements, ADR 0096).
-- Each summary cell is now split into shards, one per database session (its backend's process id modulo 16), so
-- concurrent transactions add to different rows; the reports already sum the rows of a cell. A decision added in
-- one session and taken away in another (a review, a disposal) can leave one shard's count below zero: only a
-- cell's sum is a count, so the checks that each row's counts are not negative go.
alter table decision_summary add column shard smallint not null default 0;
alter table decision_summary drop constraint decision_summary_pkey;
alter table decision_summary add primary key (month, organisation_id, purpose, outcome, lawful_basis, shard);
alter table decision_summary drop constraint decision_summary_decisions_check;
alter table decision_summary drop constraint decision_summary_consent_overridden_check;
alter table decision_summary drop constraint decision_summary_override_open_check;
alter table decision_summary drop constraint decision_summary_override_agreed_check;
alter table decision_summary drop constraint decision_summary_override_disagreed_check;

-- Adds (n = 1) or takes away (n = -1) one decision's contribution, in the shard of the session making the change.
create or replace function decision_summary_add(d sharing_decision, n bigint) returns void language plpgsql as $$
declare
    m date := date_trunc('month', d.decided_at at time zone 'Europe/London')::date;
    basis text := coalesce(d.lawful_basis, 'UNRECORDED');
    d_overridden bigint := case when d.consent_overridden then n else 0 end;
    d_open bigint := case when d.consent_overridden and d.review_status = 'OPEN' then n else 0 end;
    d_agreed bigint := case when d.consent_overridden and d.review_status = 'AGREED' then n else 0 end;
    d_disagreed bigint := case when d.consent_overridden and d.review_status = 'DISAGREED' then n else 0 end;
begin
    insert into decision_summary as s (month, organisation_id, purpose, outcome, lawful_basis, shard, decisions, consent_overridden,
                                       override_open, override_agreed, override_disagreed)
    values (m, d.organisation_id, d.purpose, d.outcome, basis, (pg_backend_pid() % 16)::smallint, n, d_overridden, d_open, d_agreed,
            d_disagreed)
    on conflict (month, organisation_id, purpose, outcome, lawful_basis, shard)
        do update set decisions = s.decisions + excluded.decisions, consent_overridden = s.consent_overridden + excluded.consent_overridden,
                      override_open = s.override_open + excluded.override_open, override_agreed = s.override_agreed + excluded.override_agreed,
                      override_disagreed = s.override_disagreed + excluded.override_disagreed;
end $$;
