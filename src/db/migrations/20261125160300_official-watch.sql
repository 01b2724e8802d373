-- A live region whose responsible official left (role or account ended) is flagged; managers and platform
-- admins are told, and after the grace period the public app says that nobody watches the content.
alter table regions add column official_missing_since timestamptz;
alter table regions
  add column official_grace_days integer not null default 14 check (official_grace_days between 0 and 90);

alter table notifications drop constraint notifications_kind_check;
alter table notifications
  add constraint notifications_kind_check
  check (kind in ('review.requested', 'review.decided', 'translation.outdated', 'region.official-missing'));
