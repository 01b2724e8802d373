import type { AppContext } from '../context.ts';
import { listNewestPublishedIn } from '../content/repo.ts';
import { AppError } from '../errors.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { translatedLanguage } from '../translations/select-pages.ts';
import { PublicCache } from '../public-cache.ts';
import { extractUnits, mergeTranslations, type InlineToken } from '../xliff/html-units.ts';
import { buildTranslationMemory, titleKey, unitKey, type TranslationMemory } from './memory.ts';
import { listPublishedTranslationPairs } from './repo.ts';
import type { MemoryFill } from './schema.ts';

/**
 * The region's translation memory from one language into another, derived from its published translations
 * and kept until the next publish in the region.
 */
export function loadTranslationMemory(
  ctx: Pick<AppContext, 'db' | 'cache'>,
  options: { regionId: number; sourceLanguage: string; targetLanguage: string },
): Promise<TranslationMemory> {
  const key = `${options.sourceLanguage}>${options.targetLanguage}`;
  return ctx.cache.memory.get(PublicCache.regionScope(options.regionId), key, async () => {
    const rows = await listPublishedTranslationPairs(ctx.db, options);
    return buildTranslationMemory(
      rows
        .sort((a, b) => a.version_id - b.version_id)
        .map((row) => ({
          pageId: row.item_id,
          isMachineTranslated: row.is_machine_translated,
          source: { title: row.source_title, html: row.source_html },
          target: { title: row.title, html: row.content_html },
        })),
    );
  });
}

/** A source text with what the memory knows of it: translated units, and those still to translate. */
export interface Pretranslation {
  title: string | undefined;
  targets: Map<string, InlineToken[]>;
  /** The units the memory has no translation for. */
  remaining: ReturnType<typeof extractUnits>;
  unitCount: number;
  /** Units (and the title) taken from the memory. */
  memoryUnits: number;
  /** How many of those came from a person's translation. */
  humanMemoryUnits: number;
}

/** Looks up every paragraph and the title of a source text in the memory. */
export function pretranslate(
  memory: TranslationMemory,
  source: { title: string; html: string },
): Pretranslation {
  const units = extractUnits(source.html);
  const targets = new Map<string, InlineToken[]>();
  const remaining: typeof units = [];
  let memoryUnits = 0;
  let humanMemoryUnits = 0;
  const count = (isMachineTranslated: boolean) => {
    memoryUnits++;
    if (!isMachineTranslated) humanMemoryUnits++;
  };
  for (const unit of units) {
    const entry = memory.get(unitKey(unit));
    if (!entry) {
      remaining.push(unit);
      continue;
    }
    targets.set(unit.id, entry.target);
    count(entry.isMachineTranslated);
  }
  const titleEntry = memory.get(titleKey(source.title));
  if (titleEntry) count(titleEntry.isMachineTranslated);
  const titleToken = titleEntry?.target[0];
  return {
    title: titleToken && 'text' in titleToken ? titleToken.text : undefined,
    targets,
    remaining,
    unitCount: units.length + 1,
    memoryUnits,
    humanMemoryUnits,
  };
}

/**
 * A page's published source with what the memory knows put in, for the editor to start a translation from:
 * untranslated paragraphs keep the source text.
 */
export async function loadMemoryFill(
  ctx: AppContext,
  where: WorkspaceRegion,
  target: { pageId: number; language: string },
): Promise<MemoryFill> {
  const { sourceLanguage } = translatedLanguage(where, target.language);
  const regionId = where.region.id;
  const [source] = await listNewestPublishedIn(ctx.db, {
    regionId,
    language: sourceLanguage,
    itemIds: [target.pageId],
  });
  if (!source) {
    throw new AppError(
      'conflict',
      `The page has no published text in "${sourceLanguage}" to translate from.`,
    );
  }
  const memory = await loadTranslationMemory(ctx, {
    regionId,
    sourceLanguage,
    targetLanguage: target.language,
  });
  const known = pretranslate(memory, { title: source.title, html: source.content_html });
  return {
    sourceLanguage,
    sourceVersionId: source.id,
    title: known.title ?? null,
    contentHtml: mergeTranslations(source.content_html, known.targets).html,
    unitCount: known.unitCount,
    memoryUnits: known.memoryUnits,
    humanMemoryUnits: known.humanMemoryUnits,
  };
}
