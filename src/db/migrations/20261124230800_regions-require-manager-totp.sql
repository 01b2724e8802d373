-- A region can require two-factor sign-in of its managers.
alter table regions add column requires_manager_totp boolean not null default false;
