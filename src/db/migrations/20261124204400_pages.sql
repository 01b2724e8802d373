-- The page tree of a region. A page is a content item; parent and child always share the region.
create table pages (
  id integer primary key,
  region_id integer not null,
  parent_id integer,
  position integer not null default 0,
  icon text,
  is_archived boolean not null default false,
  unique (region_id, id),
  foreign key (region_id, id) references content_items (region_id, id) on delete cascade,
  foreign key (region_id, parent_id) references pages (region_id, id),
  check (parent_id is distinct from id)
);

create index pages_region_parent on pages (region_id, parent_id, position);
