-- The requests an organisation received are listed a page at a time and narrowed by the days they were received
-- (ADR 0017), as those it sent already are by their index; the adviser's desk lists the advice each adviser gave.
create index information_request_holder_sent on information_request (holder_organisation_id, sent_at desc);
create index sharing_decision_advised_by on sharing_decision (advised_by, decided_at) where advised_by is not null;
