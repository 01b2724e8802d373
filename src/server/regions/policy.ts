import type { RegionRow } from './repo.ts';

/** Whether the public list shows a region: only live ones. */
export function isListedPublicly(region: Pick<RegionRow, 'status'>): boolean {
  return region.status === 'live';
}

/** Whether the public app and API serve a region: live ones, and hidden ones to those who know the address. */
export function isReadablePublicly(region: Pick<RegionRow, 'status'>): boolean {
  return region.status === 'live' || region.status === 'hidden';
}
