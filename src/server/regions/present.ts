import type { z } from 'zod';
import type { RegionLanguageRow, RegionRow } from './repo.ts';
import type {
  publicLanguage,
  publicRegionDetail,
  publicRegionSummary,
  regionSettings,
  workspaceRegion,
} from './schema.ts';

/** A region as the public list shows it. */
export function presentRegionSummary(
  region: RegionRow,
  distanceKm?: number,
): z.output<typeof publicRegionSummary> {
  return {
    slug: region.slug,
    name: region.name,
    kind: region.kind,
    timezone: region.timezone,
    center:
      region.latitude === null || region.longitude === null
        ? null
        : { latitude: region.latitude, longitude: region.longitude },
    boundingBox:
      region.bbox_south === null ||
      region.bbox_west === null ||
      region.bbox_north === null ||
      region.bbox_east === null
        ? null
        : {
            south: region.bbox_south,
            west: region.bbox_west,
            north: region.bbox_north,
            east: region.bbox_east,
          },
    postalCodes: region.postal_codes,
    aliases: region.aliases,
    defaultLanguage: region.default_language,
    ...(distanceKm === undefined ? {} : { distanceKm: Math.round(distanceKm * 10) / 10 }),
  };
}

/** A language as the public API shows it. */
export function presentLanguage(language: RegionLanguageRow): z.output<typeof publicLanguage> {
  return {
    tag: language.tag,
    nativeName: language.native_name,
    englishName: language.english_name,
    direction: language.direction,
    script: language.script,
  };
}

/** A region with its visible languages. */
export function presentRegionDetail(
  region: RegionRow,
  languages: RegionLanguageRow[],
): z.output<typeof publicRegionDetail> {
  return {
    ...presentRegionSummary(region),
    languages: languages.filter((language) => language.is_visible).map(presentLanguage),
  };
}

/** A region's workspace settings. */
export function presentRegionSettings(region: RegionRow): z.output<typeof regionSettings> {
  return {
    requiresManagerTotp: region.requires_manager_totp,
    reviewIntervalMonths: region.review_interval_months,
    officialGraceDays: region.official_grace_days,
  };
}

/** A region as the workspace lists it. */
export function presentWorkspaceRegion(region: RegionRow): z.output<typeof workspaceRegion> {
  return {
    slug: region.slug,
    name: region.name,
    kind: region.kind,
    status: region.status,
    defaultLanguage: region.default_language,
  };
}
