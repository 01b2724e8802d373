import type { Role } from '../api/types.ts';

/** A role someone can hold in one region (platform admins are that everywhere, not by region). */
export type RegionRole = Exclude<Role, 'platform-admin'>;

/** The roles a region manager gives, most rights first: when inviting and when changing a role. */
export const REGION_ROLES: readonly RegionRole[] = [
  'region-manager',
  'editor',
  'author',
  'translator',
  'observer',
];
