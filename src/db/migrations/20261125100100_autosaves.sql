-- What an editor is typing, saved every few seconds without making a version: one row per user, page and
-- language, overwritten on every autosave and deleted when a real version is saved.
create table autosaves (
  user_id integer not null references users (id) on delete cascade,
  region_id integer not null,
  item_id integer not null,
  language_tag text not null,
  title text not null,
  slug text,
  content_html text not null,
  base_version_id integer references content_versions (id) on delete set null,
  saved_at timestamptz not null default now(),
  primary key (user_id, item_id, language_tag),
  foreign key (region_id, item_id) references content_items (region_id, id) on delete cascade,
  foreign key (region_id, language_tag) references region_languages (region_id, language_tag) on delete cascade
);

create index autosaves_item on autosaves (region_id, item_id);
