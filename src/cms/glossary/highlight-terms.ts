import type { GlossaryTerm } from './types.ts';

/** A term to mark in a text, with what to tell the reader about it. */
export interface MarkedTerm {
  term: string;
  explanation: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The glossary's terms as a translator into `language` needs them: the agreed translation, or that the term
 * stays as it is. Terms without either for the language are left out.
 */
export function termsFor(
  terms: readonly GlossaryTerm[],
  language: string,
  words: { keep: string; translateAs: (translation: string) => string },
): MarkedTerm[] {
  return terms.flatMap((term) => {
    if (term.isDoNotTranslate) return [{ term: term.term, explanation: words.keep }];
    const translation = term.translations[language];
    return translation ? [{ term: term.term, explanation: words.translateAs(translation) }] : [];
  });
}

/**
 * Marks whole-word occurrences of the terms in sanitised HTML (text only, never inside tags), each as a
 * `<mark>` whose title says how to translate it. The longest term wins where terms overlap.
 */
export function highlightTerms(html: string, terms: readonly MarkedTerm[]): string {
  if (terms.length === 0) return html;
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
  const byLowerCase = new Map(sorted.map((term) => [term.term.toLowerCase(), term]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${sorted.map((term) => escapeRegExp(term.term)).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const textNodes: Text[] = [];
  while (walker.nextNode()) textNodes.push(walker.currentNode as Text);
  for (const node of textNodes) {
    const text = node.data;
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of matches) {
      const index = match.index;
      fragment.append(text.slice(last, index));
      const mark = document.createElement('mark');
      mark.className = 'glossary-term';
      mark.title = byLowerCase.get(match[0].toLowerCase())?.explanation ?? '';
      mark.textContent = match[0];
      fragment.append(mark);
      last = index + match[0].length;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  return document.body.innerHTML;
}
