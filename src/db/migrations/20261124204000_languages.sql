-- The platform's language registry. Rows are kept in step with src/shared/languages.ts at start.
create table languages (
  tag text primary key,
  native_name text not null,
  english_name text not null,
  direction text not null check (direction in ('ltr', 'rtl')),
  script text not null
);
