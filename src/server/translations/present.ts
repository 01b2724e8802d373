import { TRANSLATION_PROGRESS, type TranslationProgress } from '../../shared/translation-state.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import type { TranslationOverview } from './schema.ts';
import type { loadTranslationOverview } from './service.ts';

/** The overview: counts and progress per language over all pages, and the pages the filter keeps. */
export function presentTranslationOverview(
  where: WorkspaceRegion,
  loaded: Awaited<ReturnType<typeof loadTranslationOverview>>,
  filter: { language?: string | undefined; state?: TranslationProgress | undefined },
): TranslationOverview {
  const defaultLanguage = where.region.default_language;
  const items = loaded.pages.map((page) => {
    const states = Object.fromEntries(loaded.progress.get(page.id) ?? []);
    const title =
      loaded.newest.get(`${page.id}:${defaultLanguage}`)?.title ??
      where.languages
        .map((language) => loaded.newest.get(`${page.id}:${language.tag}`)?.title)
        .find(Boolean) ??
      null;
    return { pageId: page.id, title, states };
  });
  const languages = where.languages.map((language) => {
    const counts = Object.fromEntries(TRANSLATION_PROGRESS.map((state) => [state, 0])) as Record<
      TranslationProgress,
      number
    >;
    for (const item of items) {
      const state = item.states[language.tag];
      if (state) counts[state]++;
    }
    return {
      tag: language.tag,
      source: language.source_language_tag,
      counts,
      upToDatePercent: items.length === 0 ? 100 : Math.floor((counts['up-to-date'] * 100) / items.length),
    };
  });
  const { state } = filter;
  const language = filter.language ?? defaultLanguage;
  return {
    region: where.region.slug,
    defaultLanguage,
    languages,
    items: items.filter((item) => !state || item.states[language] === state),
  };
}

/**
 * The overview as CSV (RFC 4180, UTF-8 with BOM so that spreadsheets read the umlauts), one row per page
 * and a column per language. Cells that a spreadsheet would run as a formula start with an apostrophe.
 */
export function translationOverviewCsv(overview: TranslationOverview): string {
  const tags = overview.languages.map((language) => language.tag);
  const rows = [
    ['page_id', 'title', ...tags],
    ...overview.items.map((item) => [
      String(item.pageId),
      item.title ?? '',
      ...tags.map((tag) => item.states[tag] ?? ''),
    ]),
  ];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
