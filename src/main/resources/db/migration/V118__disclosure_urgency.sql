-- How urgent the decision behind a disclosure said the share was, so that a recipient's inbox and home page put
-- the urgent ones first. A code, kept in clear; disclosures made before this column have none (the decision's record
-- is sealed, so a migration cannot read it).
alter table disclosure add column urgency text check (urgency in ('ROUTINE', 'URGENT', 'IMMEDIATE'));
