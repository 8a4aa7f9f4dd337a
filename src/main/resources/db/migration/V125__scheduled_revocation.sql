-- Someone's access set to end on a later day (a leaver's last day has passed): revoked by the background job at the
-- start of that day, with what is addressed to them then handed to the colleague chosen. One day a person: setting
-- another replaces it; revoking sooner, or reinstating, deletes it.
create table scheduled_revocation (
    user_id          uuid        primary key references app_user (id),
    organisation_id  uuid        not null references organisation (id),
    revoke_on        date        not null,
    reason           text        not null,
    hand_over_to     uuid        not null references app_user (id),
    scheduled_by     uuid        not null references app_user (id),
    scheduled_at     timestamptz not null
);
create index scheduled_revocation_due on scheduled_revocation (revoke_on);
