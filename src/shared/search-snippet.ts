import { foldQuery } from './fold-text.ts';

/** A piece of a snippet: text, and whether it matched the query. */
export interface SnippetPart {
  text: string;
  isMatch: boolean;
}

/** The trigrams of a word as pg_trgm forms them: lower case, padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const result = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) result.add(padded.slice(i, i + 3));
  return result;
}

/** Trigram similarity of two words (0–1), like pg_trgm's `similarity`. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared++;
  return shared / (left.size + right.size - shared || 1);
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a query, folded; a query with spaces also yields its words run together (`deutsch kurs`). */
export function queryTerms(query: string): string[] {
  const words = foldQuery(query).match(wordPattern) ?? [];
  return words.length > 1 ? [...words, words.join('')] : words;
}

/** Whether a word of the text matches a query term: same start (a crude stem), or a close spelling. */
export function isWordMatch(word: string, term: string): boolean {
  const folded = foldQuery(word);
  if (term.length < 2) return false;
  const stem = term.slice(0, Math.max(3, term.length - 2));
  if (folded.startsWith(stem) || (term.length >= 4 && folded.includes(term))) return true;
  return term.length >= 4 && trigramSimilarity(folded, term) >= 0.45;
}

/**
 * A short passage of the text around the first match of the query, split into matching and other parts for
 * highlighting. Without a match it is the start of the text.
 */
export function buildSnippet(text: string, query: string, maxWords = 28): SnippetPart[] {
  const terms = queryTerms(query);
  const words = [...text.matchAll(wordPattern)];
  const matches = words.map((match) => terms.some((term) => isWordMatch(match[0], term)));
  const first = Math.max(0, matches.indexOf(true));
  const start = Math.max(0, first - Math.floor(maxWords / 3));
  const end = Math.min(words.length, start + maxWords);
  if (words.length === 0) return [{ text: text.slice(0, 200), isMatch: false }];
  const parts: SnippetPart[] = [];
  const push = (value: string, isMatch: boolean) => {
    const last = parts.at(-1);
    if (last && last.isMatch === isMatch) last.text += value;
    else if (value !== '') parts.push({ text: value, isMatch });
  };
  if (start > 0) push('… ', false);
  let cursor = words[start]!.index;
  for (let i = start; i < end; i++) {
    const word = words[i]!;
    push(text.slice(cursor, word.index), false);
    push(word[0], matches[i]!);
    cursor = word.index + word[0].length;
  }
  if (end < words.length) push(' …', false);
  else push(text.slice(cursor).trimEnd(), false);
  return parts;
}
