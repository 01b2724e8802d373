import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { slugify } from '../../shared/slug.ts';
import {
  deriveTranslationProgress,
  deriveTranslationStates,
  languagesOutdatedBy,
  type TranslationProgress,
  type TranslationState,
  type VersionFacts,
} from '../../shared/translation-state.ts';
import { parseInput } from '../validation.ts';
import { AppError, invalidInput, type Issue } from '../errors.ts';
import { listRegionLanguages } from '../regions/repo.ts';
import {
  findVersion,
  insertVersion,
  listVersionFacts,
  listVersionFactsOfRegion,
  type VersionRow,
} from './repo.ts';
import { newVersionInput, type NewVersionInput } from './schema.ts';
import { listImages, sanitizeContentHtml } from './sanitize-html.ts';

/**
 * Saves a new version of a content item in one language: every save is a new row, nothing is overwritten.
 * Checks the language and the source version the text was translated from, sanitises the HTML and
 * requires a text alternative of every image.
 */
export async function saveVersion(
  db: Kysely<Database>,
  target: { regionId: number; itemId: number },
  input: NewVersionInput,
  /** Problems the caller found already (a page's address), listed with all others. */
  knownIssues: Issue[] = [],
): Promise<VersionRow> {
  const version = parseInput(newVersionInput, input);
  const issues: Issue[] = [...knownIssues];
  const languages = await listRegionLanguages(db, target.regionId);
  const language = languages.find((l) => l.tag === version.language);
  if (!language)
    issues.push({ field: 'language', message: `the region does not enable "${version.language}"` });
  const slug = slugify(version.slug?.trim() || version.title);
  if (slug === '') issues.push({ field: 'slug', message: 'needs at least one letter or digit' });
  if (version.source) {
    const source = await findVersion(db, { ...target, versionId: version.source.versionId });
    if (!source || source.language_tag !== version.source.language) {
      issues.push({ field: 'source', message: 'is not a version of this item in that language' });
    } else if (source.language_tag === version.language) {
      issues.push({ field: 'source', message: 'a translation comes from another language' });
    }
  }
  const contentHtml = sanitizeContentHtml(version.contentHtml);
  issues.push(...imagesWithoutAlt(contentHtml));
  if (issues.length > 0) throw invalidInput(issues);
  return insertVersion(db, {
    region_id: target.regionId,
    item_id: target.itemId,
    language_tag: version.language,
    title: version.title,
    slug,
    content_html: contentHtml,
    status: version.status,
    is_minor: version.isMinor,
    is_machine_translated: version.isMachineTranslated,
    author_id: version.authorId,
    source_language_tag: version.source?.language ?? null,
    source_version_id: version.source?.versionId ?? null,
  });
}

/** Every image without a text alternative, for people who cannot see it: one issue per image. */
function imagesWithoutAlt(cleanHtml: string): Issue[] {
  return listImages(cleanHtml).flatMap((image, index) =>
    image.alt.trim() === ''
      ? [
          {
            field: `contentHtml.images.${index}`,
            message: `the image ${image.src} needs a text alternative (alt) that says what it shows`,
          },
        ]
      : [],
  );
}

/** The translation state of each item in every language the region enables. */
export async function getTranslationStates(
  db: Kysely<Database>,
  options: { regionId: number; itemIds: number[] },
): Promise<Map<number, Map<string, TranslationState>>> {
  const sourceOf = await sourceLanguagesOf(db, options.regionId);
  return statesFromFacts(
    sourceOf,
    await listVersionFacts(db, options.regionId, options.itemIds),
    options.itemIds,
  );
}

/** The languages of an item that publishing one of its versions has just made outdated. */
export async function getLanguagesOutdatedBy(
  db: Kysely<Database>,
  options: { regionId: number; itemId: number; versionId: number },
): Promise<string[]> {
  const sourceOf = await sourceLanguagesOf(db, options.regionId);
  const facts = await listVersionFacts(db, options.regionId, [options.itemId]);
  const versionsByLanguage = groupFacts(facts).get(options.itemId) ?? new Map();
  return languagesOutdatedBy({ sourceOf, versionsByLanguage }, options.versionId);
}

/**
 * For the workspace's overviews of a whole region, from one read of its versions: each item's translation
 * state and progress per language, and its newest version per language (`item:language` → id, title,
 * status).
 */
export async function getRegionVersionOverview(
  db: Kysely<Database>,
  options: { regionId: number; itemIds: number[] },
) {
  const sourceOf = await sourceLanguagesOf(db, options.regionId);
  const facts = await listVersionFactsOfRegion(db, options.regionId);
  const newest = new Map<string, (typeof facts)[number]>();
  for (const row of facts) {
    const key = `${row.item_id}:${row.language_tag}`;
    if ((newest.get(key)?.id ?? 0) < row.id) newest.set(key, row);
  }
  const byItem = groupFacts(facts);
  const states = new Map<number, Map<string, TranslationState>>();
  const progress = new Map<number, Map<string, TranslationProgress>>();
  for (const itemId of options.itemIds) {
    const input = { sourceOf, versionsByLanguage: byItem.get(itemId) ?? new Map() };
    const itemStates = deriveTranslationStates(input);
    states.set(itemId, itemStates);
    progress.set(itemId, deriveTranslationProgress(input, itemStates));
  }
  return { states, progress, newest };
}

async function sourceLanguagesOf(db: Kysely<Database>, regionId: number) {
  const languages = await listRegionLanguages(db, regionId);
  if (languages.length === 0) throw new AppError('not_found', 'The region has no languages.');
  return new Map(languages.map((l) => [l.tag, l.source_language_tag]));
}

function statesFromFacts(
  sourceOf: Map<string, string | null>,
  facts: Awaited<ReturnType<typeof listVersionFacts>>,
  itemIds: number[],
): Map<number, Map<string, TranslationState>> {
  const byItem = groupFacts(facts);
  return new Map(
    itemIds.map((itemId) => [
      itemId,
      deriveTranslationStates({ sourceOf, versionsByLanguage: byItem.get(itemId) ?? new Map() }),
    ]),
  );
}

function groupFacts(facts: Awaited<ReturnType<typeof listVersionFacts>>) {
  const byItem = new Map<number, Map<string, VersionFacts[]>>();
  for (const row of facts) {
    const perLanguage = byItem.get(row.item_id) ?? new Map<string, VersionFacts[]>();
    byItem.set(row.item_id, perLanguage);
    const list = perLanguage.get(row.language_tag) ?? [];
    perLanguage.set(row.language_tag, list);
    list.push({
      id: row.id,
      status: row.status,
      isMinor: row.is_minor,
      isMachineTranslated: row.is_machine_translated,
      sourceLanguage: row.source_language_tag,
      sourceVersionId: row.source_version_id,
    });
  }
  return byItem;
}
