import type { AppContext } from '../context.ts';
import { PublicCache } from '../public-cache.ts';
import { extractUnits, mergeTranslations, type InlineToken } from '../xliff/html-units.ts';
import { buildTranslationMemory, titleKey, unitKey, type TranslationMemory } from './memory.ts';
import { listPublishedTranslationPairs } from './repo.ts';

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

/** The source body with the memory's translations put in; untranslated paragraphs keep the source text. */
export function pretranslatedHtml(sourceHtml: string, pretranslation: Pretranslation): string {
  return mergeTranslations(sourceHtml, pretranslation.targets).html;
}
