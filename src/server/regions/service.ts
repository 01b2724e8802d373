import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { foldedForms, foldQuery } from '../../shared/fold-text.ts';
import { distanceKm, type Coordinates } from '../../shared/geo.ts';
import { findLanguage } from '../../shared/languages.ts';
import type { AppContext } from '../context.ts';
import { parseInput } from '../validation.ts';
import { AppError, invalidInput, type Issue } from '../errors.ts';
import { PublicCache } from '../public-cache.ts';
import { isListedPublicly, isReadablePublicly } from './policy.ts';
import {
  findRegionBySlug,
  insertRegion,
  insertRegionLanguages,
  listRegionLanguages,
  listRegionsWithStatus,
  type RegionLanguageRow,
  type RegionRow,
} from './repo.ts';
import { newRegionInput, type NewRegionInput } from './schema.ts';

/** A region as the public side uses it: the row and its enabled languages. */
export interface PublicRegion {
  region: RegionRow;
  languages: RegionLanguageRow[];
}

/**
 * Creates a region with its language tree. Checks the tree: one root (the default language), known sources.
 * `alsoInTransaction` records more with it (an audit entry), all or nothing.
 */
export async function createRegion(
  ctx: Pick<AppContext, 'db' | 'cache'>,
  input: NewRegionInput,
  alsoInTransaction?: (trx: Transaction<Database>, region: RegionRow) => Promise<void>,
): Promise<RegionRow> {
  const region = parseInput(newRegionInput, input);
  const ordered = orderLanguageTree(region.defaultLanguage, region.languages);
  const created = await ctx.db.transaction().execute(async (trx) => {
    if (await findRegionBySlug(trx, region.slug)) {
      throw new AppError('conflict', `A region with the slug "${region.slug}" exists already.`);
    }
    const row = await insertRegion(trx, {
      slug: region.slug,
      name: region.name,
      kind: region.kind,
      status: region.status,
      timezone: region.timezone,
      latitude: region.center?.latitude ?? null,
      longitude: region.center?.longitude ?? null,
      bbox_south: region.boundingBox?.south ?? null,
      bbox_west: region.boundingBox?.west ?? null,
      bbox_north: region.boundingBox?.north ?? null,
      bbox_east: region.boundingBox?.east ?? null,
      postal_codes: region.postalCodes,
      aliases: region.aliases,
      search_text: searchTextOf(region.name, region.aliases, region.postalCodes),
      default_language: region.defaultLanguage,
    });
    await insertRegionLanguages(
      trx,
      ordered.map((language, position) => ({
        region_id: row.id,
        language_tag: language.tag,
        source_language_tag: language.source,
        is_visible: language.isVisible,
        is_editable: language.isEditable,
        position,
      })),
    );
    await alsoInTransaction?.(trx, row);
    return row;
  });
  ctx.cache.invalidateRegion(created.id);
  return created;
}

interface TreeLanguage {
  tag: string;
  source: string | null;
  isVisible: boolean;
  isEditable: boolean;
}

/** Orders a language tree root first, sources before their translations; lists every problem. */
function orderLanguageTree<T extends TreeLanguage>(defaultLanguage: string, languages: T[]): T[] {
  const issues: Issue[] = [];
  const byTag = new Map(languages.map((language) => [language.tag, language]));
  if (byTag.size !== languages.length)
    issues.push({ field: 'languages', message: 'a language is listed twice' });
  for (const language of languages) {
    if (!findLanguage(language.tag)) {
      issues.push({ field: `languages.${language.tag}`, message: 'is not in the language registry' });
    }
    if (language.tag === defaultLanguage && language.source !== null) {
      issues.push({
        field: `languages.${language.tag}`,
        message: 'the default language is the root: no source',
      });
    }
    if (language.tag !== defaultLanguage && (language.source === null || !byTag.has(language.source))) {
      issues.push({
        field: `languages.${language.tag}`,
        message: 'needs a source language the region enables',
      });
    }
  }
  if (!byTag.has(defaultLanguage)) {
    issues.push({ field: 'defaultLanguage', message: 'must be one of the enabled languages' });
  }
  const ordered: T[] = [];
  const placed = new Set<string>();
  let grew = true;
  while (issues.length === 0 && grew) {
    grew = false;
    for (const language of languages) {
      if (placed.has(language.tag) || (language.source !== null && !placed.has(language.source))) continue;
      ordered.push(language);
      placed.add(language.tag);
      grew = true;
    }
  }
  if (issues.length === 0 && ordered.length < languages.length) {
    issues.push({ field: 'languages', message: 'the source languages form a cycle' });
  }
  if (issues.length > 0) throw invalidInput(issues);
  return ordered;
}

/** The text the region search looks in: name, aliases and postal codes in every folded form. */
export function searchTextOf(name: string, aliases: string[], postalCodes: string[]): string {
  return [name, ...aliases, ...postalCodes].flatMap(foldedForms).join('\n');
}

/** The region a public request names, with its languages; not found unless it is public. */
export async function getPublicRegion(ctx: AppContext, slug: string): Promise<PublicRegion> {
  const found = await ctx.cache.regions.get(PublicCache.regionListScope, `slug:${slug}`, async () => {
    const region = await findRegionBySlug(ctx.db, slug);
    if (!region || !isReadablePublicly(region)) return undefined;
    return { region, languages: await listRegionLanguages(ctx.db, region.id) };
  });
  if (!found) throw new AppError('not_found', `There is no region "${slug}".`);
  return found;
}

/** A region of the public list, with its distance from the point asked about. */
export interface ListedRegion {
  region: RegionRow;
  distanceKm: number | undefined;
}

/** Live regions matching a query (name, alias, postal code), by distance from `near` or by name. */
export async function listPublicRegions(
  ctx: AppContext,
  options: { q?: string | undefined; near?: Coordinates | undefined },
): Promise<ListedRegion[]> {
  const all = await ctx.cache.regionList.get(PublicCache.regionListScope, 'live', async () =>
    (await listRegionsWithStatus(ctx.db, ['live'])).filter(isListedPublicly),
  );
  const query = options.q === undefined ? '' : foldQuery(options.q);
  const matching = query === '' ? all : all.filter((region) => region.search_text.includes(query));
  const listed = matching.map((region) => ({ region, distanceKm: distanceFrom(options.near, region) }));
  if (options.near) listed.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  return listed;
}

function distanceFrom(near: Coordinates | undefined, region: RegionRow): number | undefined {
  if (!near || region.latitude === null || region.longitude === null) return undefined;
  return distanceKm(near, { latitude: region.latitude, longitude: region.longitude });
}
