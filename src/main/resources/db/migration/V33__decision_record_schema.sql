-- A recorded decision is a legal record kept in its own versioned shape. Schema 1 rows (rules 2026.11-1) hold
-- three sealed documents; schema 2 rows hold one sealed document (DecisionRecord). Every row says which it is,
-- and the application reads both.
alter table sharing_decision add column schema_version smallint not null default 1;
alter table sharing_decision alter column schema_version drop default;
alter table sharing_decision add column record_enc bytea;
alter table sharing_decision alter column stated_enc drop not null;
alter table sharing_decision alter column facts_enc drop not null;
alter table sharing_decision alter column result_enc drop not null;
alter table sharing_decision add constraint sharing_decision_schema check (
    (schema_version = 1 and stated_enc is not null and facts_enc is not null and result_enc is not null and record_enc is null)
    or (schema_version = 2 and record_enc is not null and stated_enc is null and facts_enc is null and result_enc is null));

-- The practitioner's professional judgement (001 Q4): a disagreement with the engine's outcome waits for a
-- manager or the Data Protection Officer, who decides; both views stay in the record.
alter table sharing_decision drop constraint sharing_decision_status_check;
alter table sharing_decision add constraint sharing_decision_status_check
    check (status in ('DECIDED', 'AWAITING_ADVICE', 'AWAITING_JUDGEMENT'));
alter table sharing_decision add column judge_role text check (judge_role in ('MANAGER', 'DATA_PROTECTION_OFFICER'));
alter table sharing_decision add column disagreed_by uuid references app_user (id);
alter table sharing_decision add column disagreed_at timestamptz;
alter table sharing_decision add column judged_by uuid references app_user (id);
alter table sharing_decision add column judged_at timestamptz;
alter table sharing_decision add constraint sharing_decision_judgement
    check ((status = 'AWAITING_JUDGEMENT') = (disagreed_at is not null and judged_at is null));
create index sharing_decision_judgement on sharing_decision (organisation_id, judge_role) where status = 'AWAITING_JUDGEMENT';

-- A decision about a family is one decision per member, weighed separately, grouped by the family decision.
alter table sharing_decision add column family_decision_id uuid;
create index sharing_decision_family on sharing_decision (family_decision_id) where family_decision_id is not null;
