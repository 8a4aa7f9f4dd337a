-- The share decisions ready to disclose are read a page at a time in SQL, newest first (ADR 0017): the organisation's
-- completed decisions to share, without reading its other decisions.
create index sharing_decision_authorised on sharing_decision (organisation_id, decided_at desc) where status = 'DECIDED' and outcome = 'SHARE';
