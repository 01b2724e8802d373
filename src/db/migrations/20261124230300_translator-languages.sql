-- The target languages a translator may work on in a region.
create table translator_languages (
  user_id integer not null,
  region_id integer not null,
  language_tag text not null,
  primary key (user_id, region_id, language_tag),
  foreign key (user_id, region_id) references region_roles (user_id, region_id) on delete cascade,
  foreign key (region_id, language_tag) references region_languages (region_id, language_tag) on delete cascade
);
