-- Recorded sharing decisions. The facts as stated, the engine's result and every free text are sealed under
-- the data subject's key; ids, codes, statuses and times are in clear so that queues and audits can query them.
create table sharing_decision (
    id                        uuid primary key,
    organisation_id           uuid        not null references organisation (id),
    subject_id                uuid        not null references data_subject (id),
    recipient_organisation_id uuid        not null references organisation (id),
    recipient_team_id         uuid references team (id),
    mode                      text        not null check (mode in ('CASE_BY_CASE', 'SYSTEMATIC')),
    purpose                   text        not null,
    outcome                   text        not null check (outcome in ('SHARE', 'DO_NOT_SHARE', 'SEEK_ADVICE')),
    status                    text        not null check (status in ('DECIDED', 'AWAITING_ADVICE')),
    engine_version            text        not null,
    stated_enc                bytea       not null,
    facts_enc                 bytea       not null,
    result_enc                bytea       not null,
    consent_id                uuid references consent_record (id),
    consent_overridden        boolean     not null,
    agreement_id              uuid,
    reconsiders_id            uuid references sharing_decision (id),
    new_information_enc       bytea,
    request_id                uuid,
    adviser_role              text check (adviser_role in ('MANAGER', 'DATA_PROTECTION_OFFICER', 'CALDICOTT_GUARDIAN')),
    decided_by                uuid        not null references app_user (id),
    decided_by_teams          uuid[]      not null,
    decided_at                timestamptz not null,
    completed_at              timestamptz,
    advised_by                uuid references app_user (id),
    advised_at                timestamptz,
    advice_answers            text,
    advice_enc                bytea,
    review_status             text check (review_status in ('OPEN', 'AGREED', 'DISAGREED')),
    reviewed_by               uuid references app_user (id),
    reviewed_at               timestamptz,
    review_enc                bytea,
    verbal_shared_at          timestamptz,
    verbal_shared_with_enc    bytea,
    written_confirmed_at      timestamptz,
    check ((status = 'DECIDED') = (completed_at is not null)),
    check ((status = 'AWAITING_ADVICE') = (outcome = 'SEEK_ADVICE'))
);
create index sharing_decision_organisation on sharing_decision (organisation_id, decided_at desc);
create index sharing_decision_subject on sharing_decision (subject_id);
create index sharing_decision_awaiting on sharing_decision (organisation_id, adviser_role) where status = 'AWAITING_ADVICE';
create index sharing_decision_review on sharing_decision (organisation_id) where review_status = 'OPEN';
create index sharing_decision_reconsiders on sharing_decision (reconsiders_id) where reconsiders_id is not null;

create function sharing_decision_is_kept() returns trigger language plpgsql as $$
begin
    raise exception 'sharing decisions are never deleted';
end $$;
create trigger sharing_decision_kept before delete on sharing_decision for each row execute function sharing_decision_is_kept();

-- Requests for information from one agency to another (004 §6, §7). The person's identifying details travel
-- sealed under the requester's subject key; the holder decides about its own subject record.
create table information_request (
    id                          uuid primary key,
    requester_organisation_id   uuid        not null references organisation (id),
    requester_user_id           uuid        not null references app_user (id),
    requester_subject_id        uuid        not null references data_subject (id),
    holder_organisation_id      uuid        not null references organisation (id),
    holder_team_id              uuid references team (id),
    purpose                     text        not null,
    gateway_code                text        not null,
    for_partnership_functions   boolean     not null,
    urgency                     text        not null check (urgency in ('ROUTINE', 'URGENT', 'IMMEDIATE')),
    items                       text[]      not null check (cardinality(items) > 0),
    details_enc                 bytea       not null,
    status                      text        not null check (status in ('OPEN', 'AWAITING_ADVICE', 'ANSWERED')),
    decision_id                 uuid references sharing_decision (id),
    previous_decision_id        uuid references sharing_decision (id),
    outcome                     text check (outcome in ('SHARE', 'DO_NOT_SHARE')),
    message_enc                 bytea,
    new_information_enc         bytea,
    sent_at                     timestamptz not null,
    answered_at                 timestamptz,
    check (requester_organisation_id <> holder_organisation_id)
);
create index information_request_holder on information_request (holder_organisation_id, status);
create index information_request_requester on information_request (requester_organisation_id, sent_at desc);
