-- Informing people (002 §3.1; 000 §7): each organisation's privacy notice, versioned (a change is a new version,
-- never an edit), and for each person whether they were told about a share (when, how, under which notice) or
-- the recorded reason they were not. Notices are public documents and held in clear; a note about the person
-- is sealed under their key.
create table privacy_notice (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    version         integer     not null check (version > 0),
    title           text        not null check (length(title) between 1 and 200),
    body            text        not null check (length(body) between 1 and 20000),
    published_on    date        not null,
    recorded_at     timestamptz not null,
    recorded_by     uuid        not null references app_user (id),
    unique (organisation_id, version)
);

create function privacy_notice_is_a_version() returns trigger language plpgsql as $$
begin
    raise exception 'a privacy notice is never changed or removed: publish a new version';
end $$;
create trigger privacy_notice_kept before update or delete on privacy_notice
    for each row execute function privacy_notice_is_a_version();

create table person_informed (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    subject_id      uuid        not null references data_subject (id),
    disclosure_id   uuid references disclosure (id),
    told            boolean     not null,
    told_on         date,
    method          text check (method in ('IN_PERSON', 'LETTER', 'TELEPHONE', 'SECURE_EMAIL', 'LEAFLET', 'VIDEO_CALL')),
    notice_id       uuid references privacy_notice (id),
    reason          text check (reason in ('WOULD_CREATE_OR_INCREASE_RISK', 'WOULD_PREJUDICE_INVESTIGATION', 'ALREADY_AWARE',
                                           'NO_SAFE_MEANS_OF_CONTACT')),
    note_enc        bytea,
    recorded_at     timestamptz not null,
    recorded_by     uuid        not null references app_user (id),
    check (told = (told_on is not null and method is not null and notice_id is not null)),
    check (told = (reason is null))
);
create index person_informed_subject on person_informed (subject_id, recorded_at desc);
create index person_informed_disclosure on person_informed (disclosure_id) where disclosure_id is not null;
