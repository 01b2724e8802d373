-- Trigram similarity for search that forgives typos (pg_trgm ships with PostgreSQL and with PGlite).
create extension if not exists pg_trgm;
