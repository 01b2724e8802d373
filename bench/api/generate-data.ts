import { LANGUAGES } from '../../src/shared/languages.ts';
import type { AppContext } from '../../src/server/context.ts';
import { createRegion } from '../../src/server/regions/service.ts';

/** The size of a generated data set. */
export interface DataSetSize {
  languages: number;
  pages: number;
}

const syllables = (
  'an ar be bu da de di ein er fa ge gu ha he in ka ke ko la le li ma me mi na ne no ob or ra re ri sa se ' +
  'si ta te ti um un ve wa we zu schul amt ber rat kurs wohn arbeit stadt kind hilfe recht antrag'
).split(' ');

/** A small deterministic pseudo-random generator, so every run builds the same data set. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** Roughly 1 KB of HTML, different per page and language, with a vocabulary that compresses like prose. */
function pageHtml(seed: number): string {
  const next = random(seed);
  const word = () =>
    Array.from(
      { length: 2 + Math.floor(next() * 3) },
      () => syllables[Math.floor(next() * syllables.length)],
    ).join('');
  const sentence = () => {
    const text = Array.from({ length: 6 + Math.floor(next() * 10) }, word).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  return (
    `<h2>${sentence()}</h2><p>${sentence()} ${sentence()} ${sentence()}</p>` +
    `<ul><li>${sentence()}</li><li>${sentence()}</li><li>${sentence()}</li></ul><p>${sentence()} ${sentence()}</p>`
  );
}

/** The parent of page number `index`: ten top-level pages, then two more levels below them. */
function parentIndex(index: number): number | null {
  return index < 10 ? null : Math.floor((index - 10) / 10);
}

/** The path of page number `index` in a generated region. */
export function generatedPagePath(index: number): string {
  const parent = parentIndex(index);
  return parent === null ? `seite-${index}` : `${generatedPagePath(parent)}/seite-${index}`;
}

/**
 * Creates live regions `bench-<from>` … `bench-<to - 1>`, each with the given number of visible languages
 * and a three-level page tree published in every language. Inserts in bulk, straight through SQL.
 */
export async function generateRegions(
  ctx: Pick<AppContext, 'db' | 'cache'>,
  range: { from: number; to: number },
  size: DataSetSize,
): Promise<void> {
  const tags = [
    'de',
    ...LANGUAGES.map((l) => l.tag).filter((tag) => tag !== 'de' && tag !== 'de-x-easy'),
  ].slice(0, size.languages);
  for (let number = range.from; number < range.to; number++) {
    const region = await createRegion(ctx, {
      slug: `bench-${number}`,
      name: `Benchstadt ${number}`,
      kind: 'city',
      status: 'live',
      postalCodes: [String(10000 + number)],
      defaultLanguage: 'de',
      languages: tags.map((tag) => ({ tag, source: tag === 'de' ? null : 'de' })),
    });
    await ctx.db.transaction().execute(async (trx) => {
      const items = await trx
        .insertInto('content_items')
        .values(Array.from({ length: size.pages }, () => ({ region_id: region.id, kind: 'page' as const })))
        .returning('id')
        .execute();
      const ids = items.map((item) => item.id);
      const pages = ids.map((id, index) => {
        const parent = parentIndex(index);
        return {
          id,
          region_id: region.id,
          parent_id: parent === null ? null : ids[parent]!,
          position: index,
        };
      });
      for (let start = 0; start < pages.length; start += 1000) {
        await trx
          .insertInto('pages')
          .values(pages.slice(start, start + 1000))
          .execute();
      }
      const versions = ids.flatMap((id, index) =>
        tags.map((tag, t) => ({
          region_id: region.id,
          item_id: id,
          language_tag: tag,
          title: `${tag} Seite ${index}`,
          slug: `seite-${index}`,
          content_html: pageHtml(index * 31 + t),
          status: 'published' as const,
          is_minor: false,
          is_machine_translated: false,
        })),
      );
      for (let start = 0; start < versions.length; start += 500) {
        await trx
          .insertInto('content_versions')
          .values(versions.slice(start, start + 500))
          .execute();
      }
    });
  }
}
