import { DAY_MS } from '../../shared/time.ts';
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
  const noticeFrom = officialNoticeFrom(region);
  return noticeFrom !== undefined && now >= noticeFrom;
}

/** When the public notice begins for a region whose official left; undefined while one is responsible. */
export function officialNoticeFrom(
  region: Pick<RegionRow, 'official_missing_since' | 'official_grace_days'>,
): Date | undefined {
  if (region.official_missing_since === null) return undefined;
  return new Date(region.official_missing_since.getTime() + region.official_grace_days * DAY_MS);
}
