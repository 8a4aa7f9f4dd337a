-- The service operator's role (ADR 0046): reads the service's metrics, nothing else.
alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check check (role in ('PRACTITIONER', 'MANAGER', 'DATA_PROTECTION_OFFICER',
    'CALDICOTT_GUARDIAN', 'PARTNERSHIP_ADMINISTRATOR', 'AUDITOR', 'OPERATOR'));
