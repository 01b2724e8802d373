-- Two-factor sign-in with an authenticator app (TOTP).
alter table users
  add column totp_secret text,
  add column is_totp_enabled boolean not null default false,
  add constraint users_totp_needs_secret check (not is_totp_enabled or totp_secret is not null);
