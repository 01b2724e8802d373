-- Server-side sessions of the workspace. The cookie holds a random token; only its hash is stored.
create table sessions (
  id text primary key,
  user_id integer not null references users (id) on delete cascade,
  csrf_token text not null,
  user_agent text not null default '',
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create index sessions_user on sessions (user_id);
