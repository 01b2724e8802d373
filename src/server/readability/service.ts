import { setImmediate as nextTurn } from 'node:timers/promises';
import { plainTextOfHtml, readabilityLevelOf, type ReadabilityLevel } from '../../shared/readability.ts';
import {
  measureReadingEase,
  readingEaseFormulaOf,
  type ReadingEaseFormula,
} from '../../shared/reading-ease.ts';
import { listVersionsById } from '../content/repo.ts';
import type { AppContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { listPublishedWithReadingEase, upsertReadingEase } from './repo.ts';

/**
 * Which revision of the formulas in shared/reading-ease.ts the stored scores come from: raise it when they
 * change, and every score is computed again at its next read.
 */
const READING_EASE_REVISION = 1;

/**
 * Versions read, measured and stored at a time: a turn of the event loop between batches lets other
 * requests through, and memory holds the text of a batch, not of a whole region.
 */
const versionsPerBatch = 25;

/** A published page's reading ease. */
export interface PageReadability {
  pageId: number;
  versionId: number;
  title: string;
  score: number;
  level: ReadabilityLevel;
  words: number;
  sentences: number;
}

/**
 * How easy each published page of a region reads in a language (German or English), the hardest first,
 * and which of the region's languages can be measured.
 * A published version's text never changes, so its score is computed once (title and text, as the
 * editor's readability panel measures them) and kept; a visit only measures what was published since.
 * Pages without words are left out.
 */
export async function listPageReadability(
  ctx: AppContext,
  where: WorkspaceRegion,
  language: string,
): Promise<{ formula: ReadingEaseFormula; languages: string[]; pages: PageReadability[] }> {
  const regionId = where.region.id;
  const formula = readingEaseFormulaOf(language);
  if (!where.languages.some((entry) => entry.tag === language)) {
    throw invalidInput([{ field: 'language', message: 'is not a language of this region' }]);
  }
  if (!formula) {
    throw invalidInput([
      { field: 'language', message: 'readability is measured in German and English only' },
    ]);
  }
  const rows = await listPublishedWithReadingEase(ctx.db, { regionId, language });
  const stale = rows.filter((row) => row.revision !== READING_EASE_REVISION);
  const measured = new Map(
    (await measureVersions(ctx, { regionId, language, versionIds: stale.map((row) => row.version_id) })).map(
      (row) => [row.version_id, row],
    ),
  );
  const pages: PageReadability[] = [];
  for (const row of rows) {
    const { score, words, sentences } = measured.get(row.version_id) ?? row;
    if (score === null || words === null || sentences === null) continue;
    const page = { pageId: row.page_id, versionId: row.version_id, title: row.title };
    pages.push({ ...page, score, level: readabilityLevelOf(score), words, sentences });
  }
  pages.sort((a, b) => a.score - b.score || a.title.localeCompare(b.title) || a.pageId - b.pageId);
  const languages = where.languages
    .map((entry) => entry.tag)
    .filter((tag) => readingEaseFormulaOf(tag) !== null);
  return { formula, languages, pages };
}

/** Measures the given versions' texts, batch by batch, and stores the results. */
async function measureVersions(
  ctx: AppContext,
  options: { regionId: number; language: string; versionIds: number[] },
) {
  const measured = [];
  for (let start = 0; start < options.versionIds.length; start += versionsPerBatch) {
    if (start > 0) await nextTurn();
    const versionIds = options.versionIds.slice(start, start + versionsPerBatch);
    const rows = (await listVersionsById(ctx.db, { regionId: options.regionId, versionIds })).map(
      (version) => {
        const text = `${version.title}\n${plainTextOfHtml(version.content_html)}`;
        const ease = measureReadingEase(options.language, text);
        return {
          version_id: version.id,
          region_id: options.regionId,
          revision: READING_EASE_REVISION,
          score: ease?.score ?? null,
          words: ease?.words ?? 0,
          sentences: ease?.sentences ?? 0,
        };
      },
    );
    await upsertReadingEase(ctx.db, rows);
    measured.push(...rows);
  }
  return measured;
}
