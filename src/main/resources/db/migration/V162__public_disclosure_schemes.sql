-- Public disclosure schemes (004 §8.3 DVDS, §8.6 CSODS): applications the police record from members of the public,
-- with each stage once recorded, who recorded it and when. The applicant's details and every free text are sealed
-- under the force's key; codes, dates and ids are in clear.
create table scheme_application (
    id                     uuid primary key,
    number                 bigint generated always as identity unique,
    schema_version         smallint    not null check (schema_version = 1),
    organisation_id        uuid        not null references organisation (id),
    scheme                 text        not null check (scheme in ('DVDS_RIGHT_TO_ASK', 'DVDS_RIGHT_TO_KNOW', 'CSODS')),
    received_on            date        not null,
    how_received           text        not null,
    applicant_name_enc     bytea       not null,
    applicant_contact_enc  bytea       not null,
    relationship_enc       bytea       not null,
    person_at_risk_id      uuid        not null references data_subject (id),
    subject_id             uuid        not null references data_subject (id),
    recorded_by            uuid        not null references app_user (id),
    recorded_at            timestamptz not null,
    status                 text        not null check (status in ('RECEIVED', 'CHECKED', 'MET', 'FORUM_HELD', 'TO_DISCLOSE',
                                                                  'NOT_TO_DISCLOSE', 'DISCLOSED', 'NOT_DISCLOSED')),
    -- initial checks
    checks_enc             bytea,
    checked_by             uuid references app_user (id),
    checked_at             timestamptz,
    -- the face-to-face meeting: recorded only once the applicant's identity was verified
    met_on                 date,
    identity_how_enc       bytea,
    met_recorded_by        uuid references app_user (id),
    met_recorded_at        timestamptz,
    -- the multi-agency forum
    forum_held_on          date,
    forum_partners_enc     bytea,
    forum_recommendation   text check (forum_recommendation in ('DISCLOSE', 'DO_NOT_DISCLOSE')),
    forum_reasons_enc      bytea,
    forum_recorded_by      uuid references app_user (id),
    forum_recorded_at      timestamptz,
    -- the decision, by the scheme's rules with the scheme as gateway
    decision_recipient     text check (decision_recipient in ('PERSON_AT_RISK', 'ABLE_TO_SAFEGUARD', 'NEITHER')),
    decision_risk          boolean,
    decision_necessary     boolean,
    decision_disclose      boolean,
    decision_rule          text,
    decision_reason        text,
    decision_rules_version text,
    decision_rationale_enc bytea,
    decided_by             uuid references app_user (id),
    decided_at             timestamptz,
    -- the disclosure in person and the undertaking of confidentiality
    disclosed_on           date,
    what_disclosed_enc     bytea,
    undertaking            text check (undertaking in ('SIGNED', 'REFUSED')),
    disclose_nonetheless   boolean,
    refusal_reason_enc     bytea,
    disclosure_recorded_by uuid references app_user (id),
    disclosure_recorded_at timestamptz,
    version                integer     not null default 0,
    check ((checked_at is null) = (status = 'RECEIVED')),
    check ((decided_at is null) = (status in ('RECEIVED', 'CHECKED', 'MET', 'FORUM_HELD'))),
    check ((undertaking is null) = (status not in ('DISCLOSED', 'NOT_DISCLOSED'))),
    check (undertaking is distinct from 'REFUSED' or (disclose_nonetheless is not null and refusal_reason_enc is not null)),
    check (status <> 'DISCLOSED' or what_disclosed_enc is not null)
);
create index scheme_application_list on scheme_application (organisation_id, received_on desc, number desc);

create function scheme_application_is_kept() returns trigger language plpgsql as $$
begin
    raise exception 'applications under the disclosure schemes are never deleted';
end $$;
create trigger scheme_application_kept before delete on scheme_application for each row execute function scheme_application_is_kept();
