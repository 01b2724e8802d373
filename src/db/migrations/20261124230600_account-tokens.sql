-- Single-use links by e-mail: invitations and password resets. Only the token's hash is stored.
create table account_tokens (
  id text primary key,
  user_id integer not null references users (id) on delete cascade,
  purpose text not null check (purpose in ('invitation', 'password-reset')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create index account_tokens_user on account_tokens (user_id);

-- An invited user has no password until they choose one.
alter table users alter column password_hash drop not null;
