-- The datasets a version of the privacy notice covers (000 §7; 002 §3.1): the systematic sharing a person is told
-- about. Kept with the version, so each version says what it covered when it was published; never changed.
create table privacy_notice_dataset (
    notice_id                uuid not null references privacy_notice (id),
    dataset_specification_id uuid not null references dataset_specification (id),
    primary key (notice_id, dataset_specification_id)
);

create trigger privacy_notice_dataset_kept before update or delete on privacy_notice_dataset
    for each row execute function privacy_notice_is_a_version();
