-- Who has looked at a person's information (ADR 0080): opening that list is itself recorded, as a read of its own
-- kind, so that a Data Protection Officer looking at who looked is seen by the next one. The subject index of V70,
-- (subject_id, read_at), already answers the list: a person's reads are few, then narrowed by owner and filters.
alter table record_read drop constraint record_read_record_kind_check;
alter table record_read add constraint record_read_record_kind_check
    check (record_kind in ('PERSON', 'DECISION', 'CONSENT', 'DISCLOSURE', 'BUNDLE', 'READS'));
