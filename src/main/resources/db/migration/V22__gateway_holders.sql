-- Statutory gateways belong to the bodies they empower (003 'Children Act 2004'; 004 §8.7): each provision names
-- the kinds of organisation that may rely on it. Rights and capacity law that gives no power to share (HRA 1998
-- Art 8, MCA 2005) becomes its own layer, a consideration. The built-in rows are brought up to date by the
-- catalogue loader (release 2), which records the change in the ledger.
alter table legal_provision add column holders text[] not null default '{}'
    check (holders <@ array['LOCAL_AUTHORITY', 'POLICE', 'HEALTH', 'EDUCATION', 'PROBATION', 'VOLUNTARY', 'OTHER']::text[]);
alter table legal_provision drop constraint legal_provision_kind_check;
alter table legal_provision add constraint legal_provision_kind_check
    check (kind in ('ARTICLE_6', 'ARTICLE_9', 'SCHEDULE_1', 'ARTICLE_10', 'PART_3_SENSITIVE', 'SCHEDULE_8', 'STATUTORY_GATEWAY',
                    'COMMON_LAW', 'CONSIDERATION'));
