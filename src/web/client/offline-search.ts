// Search without network: when the service worker served the saved search page for a query, search the
// saved region's prebuilt index in the browser, with the same typo-tolerant matching as the snippets.
import { buildSnippet, isWordMatch, queryTerms } from '../../shared/search-snippet.ts';
import { readSavedRegion } from './offline-save.ts';

/** Runs the offline search when the page came from the cache (its form is empty, the address has a query). */
export function enableOfflineSearch(): void {
  const results = document.querySelector<HTMLElement>('[data-offline-search]');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const query = new URLSearchParams(location.search).get('q') ?? '';
  if (!results || !input || query.trim().length < 2 || input.value === query || !('caches' in window)) return;
  input.value = query;
  void searchSaved(results, query);
}

async function searchSaved(results: HTMLElement, query: string): Promise<void> {
  const saved = await readSavedRegion(results.dataset.region ?? '', results.dataset.language ?? '');
  const terms = queryTerms(query);
  const matches = (text: string) =>
    (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).filter((word) => terms.some((term) => isWordMatch(word, term)))
      .length;
  const found = (saved?.searchIndex ?? [])
    .map((entry) => ({ entry, score: matches(entry.title) * 3 + matches(entry.text) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 20);
  const note = Object.assign(document.createElement('p'), {
    className: 'status',
    textContent: results.dataset.offlineNote ?? '',
  });
  const list = document.createElement('ol');
  list.className = 'result-list';
  for (const { entry } of found) {
    const item = document.createElement('li');
    item.append(Object.assign(document.createElement('a'), { href: entry.url, textContent: entry.title }));
    const snippet = document.createElement('p');
    for (const part of buildSnippet(entry.text, query)) {
      snippet.append(
        part.isMatch ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text,
      );
    }
    item.append(snippet);
    list.append(item);
  }
  const empty = Object.assign(document.createElement('p'), { textContent: results.dataset.noResults ?? '' });
  results.replaceChildren(note, found.length > 0 ? list : empty);
}
