-- The partnership's report counts the decisions that waited for advice by how long they took to complete
-- (ADR 0093). Few decisions wait for advice, so a partial index keeps that table as quick as the summary's.
create index sharing_decision_advised_completed on sharing_decision (completed_at) where advised_at is not null;
