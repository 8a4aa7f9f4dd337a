-- Finding people without reading their names at rest (docs/adr/0012-finding-people-by-keyed-fuzzy-indexes.md).
-- A person's optional NHS number is sealed under their own key like their other details.
alter table data_subject add column nhs_number_enc bytea;

-- The keyed values each person is found by: a part of their name, how a part sounds, their date of birth, their
-- NHS number. Each key is a keyed blind index of its value for one organisation and kind, so the table holds no
-- names or dates and one organisation's keys cannot be matched against another's. The keys go with the person.
create table subject_search_key (
    subject_id      uuid  not null references data_subject (id) on delete cascade,
    organisation_id uuid  not null references organisation (id),
    kind            text  not null check (kind in ('NAME', 'SOUND', 'BORN', 'NHS')),
    key             bytea not null
);
create index subject_search_key_lookup on subject_search_key (organisation_id, key) include (subject_id);
create index subject_search_key_subject on subject_search_key (subject_id);

-- People recorded before the index existed are keyed when the application starts (the keys live outside the
-- database); this says which version of the keys a person has, null for none yet.
alter table data_subject add column search_keys_version integer;
