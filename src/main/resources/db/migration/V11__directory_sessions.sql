-- Sessions begun before this moment are no longer honoured: set when access is revoked, so that a later
-- reinstatement brings the person back through sign-in, never through a session that was live before.
alter table app_user add column sessions_not_before timestamptz;
