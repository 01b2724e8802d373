import type { RegionRow } from './repo.ts';

/** Whether the public list shows a region: only live ones. */
export function isListedPublicly(region: Pick<RegionRow, 'status'>): boolean {
  return region.status === 'live';
}

/** Whether the public app and API serve a region: live ones, and hidden ones to those who know the address. */
export function isReadablePublicly(region: Pick<RegionRow, 'status'>): boolean {
  return region.status === 'live' || region.status === 'hidden';
}

/** Whether someone may create regions: platform admins only, since a region is a new tenant. */
export function canCreateRegions(user: { is_platform_admin: boolean }): boolean {
  return user.is_platform_admin;
}

/**
 * Whether the public app tells readers that nobody is responsible for the region's content: its official
 * left, and the grace period for naming a new one has run out.
 */
export function isUnwatchedPublicly(
  region: Pick<RegionRow, 'official_missing_since' | 'official_grace_days'>,
  now: Date,
): boolean {
  if (region.official_missing_since === null) return false;
  const graceEnds = region.official_missing_since.getTime() + region.official_grace_days * 86_400_000;
  return now.getTime() >= graceEnds;
}
