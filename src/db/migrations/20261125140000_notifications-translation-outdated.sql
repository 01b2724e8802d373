-- Translators are told when a published change of the source outdates a translation in their languages.
alter table notifications drop constraint notifications_kind_check;
alter table notifications
  add constraint notifications_kind_check
  check (kind in ('review.requested', 'review.decided', 'translation.outdated'));
