-- What a region needs before it goes live: a responsible official (a region manager) with a public contact
-- channel, and the pages that say who runs the app (imprint, privacy notice, accessibility statement).
create table region_officials (
  region_id integer primary key references regions (id) on delete cascade,
  user_id integer references users (id) on delete set null,
  public_name text not null default '' check (length(public_name) <= 200),
  email text not null default '' check (length(email) <= 254),
  phone text not null default '' check (length(phone) <= 50),
  office_hours text not null default '' check (length(office_hours) <= 500),
  response_days integer check (response_days between 1 and 60),
  updated_at timestamptz not null default now()
);

create table region_legal_pages (
  region_id integer not null references regions (id) on delete cascade,
  purpose text not null check (purpose in ('imprint', 'privacy', 'accessibility')),
  page_id integer not null,
  primary key (region_id, purpose),
  foreign key (region_id, page_id) references pages (region_id, id) on delete cascade
);
