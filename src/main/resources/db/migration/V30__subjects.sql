-- The people an organisation holds information about. Identifying fields are sealed under the subject's
-- own key (crypto-shredding disposes of them); the reference is matched by a keyed blind index scoped to
-- the organisation.
create table data_subject (
    id                uuid primary key,
    organisation_id   uuid        not null references organisation (id),
    reference_index   bytea       not null,
    reference_enc     bytea       not null,
    name_enc          bytea       not null,
    date_of_birth_enc bytea,
    created_at        timestamptz not null,
    created_by        uuid        not null references app_user (id)
);
create unique index data_subject_reference on data_subject (organisation_id, reference_index);
create index data_subject_recent on data_subject (organisation_id, created_at desc);
