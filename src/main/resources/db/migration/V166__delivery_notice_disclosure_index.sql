-- Deleting a disclosure checks that no delivery notice still refers to it, and disposal deletes a batch's notices by
-- disclosure: without an index led by disclosure_id each of those is a scan of the whole table, once per disclosure.
create index delivery_notice_disclosure on delivery_notice (disclosure_id) where disclosure_id is not null;
