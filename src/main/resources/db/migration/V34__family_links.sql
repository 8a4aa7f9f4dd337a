-- People held by an organisation linked as members of a household or family (003 'Who?'; 004 §1): the relative is
-- the person's parent, carer, partner of a parent, sibling or other adult in the household. Only ids and a code are
-- held here; who they are stays sealed under each person's own key.
create table subject_relationship (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    person_id       uuid        not null references data_subject (id),
    relative_id     uuid        not null references data_subject (id),
    relationship    text        not null check (relationship in ('PARENT', 'CARER', 'PARTNER_OF_PARENT', 'SIBLING', 'OTHER_ADULT')),
    created_at      timestamptz not null,
    created_by      uuid        not null references app_user (id),
    check (person_id <> relative_id)
);
create unique index subject_relationship_pair on subject_relationship (least(person_id, relative_id), greatest(person_id, relative_id));
create index subject_relationship_person on subject_relationship (person_id);
create index subject_relationship_relative on subject_relationship (relative_id);
