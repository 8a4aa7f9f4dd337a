-- Notifications that something is waiting. The message is derived from `waiting` alone: no row holds what a
-- disclosure or dataset contains, whom it is about or who sent it. `link` is a plain path of ids.
create table notification (
    id              uuid primary key,
    recipient_user  uuid        not null references app_user (id),
    organisation_id uuid        not null references organisation (id),
    waiting         text        not null check (waiting in ('DISCLOSURE', 'DATASET', 'NOTICE')),
    link            text        not null check (link ~ '^/[A-Za-z0-9/_-]*$'),
    created_at      timestamptz not null,
    status          text        not null check (status in ('PENDING', 'SENT', 'KEPT')),
    attempts        integer     not null default 0,
    last_error      text check (length(last_error) <= 200),
    sent_at         timestamptz
);
create index notification_pending on notification (created_at) where status = 'PENDING';
create index notification_recipient on notification (recipient_user, created_at desc);
