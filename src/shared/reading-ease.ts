// How easy a page reads, for the workspace's list of the hardest pages: German (Easy German too) by Toni
// Amstad's formula, the score the editor's readability panel shows (readability.ts); English by Rudolf
// Flesch's reading ease (1948). Other languages get no score: a formula fitted to one language's words and
// sentences says nothing reliable about another's.
import { assessReadability, readabilityLevelOf, type ReadabilityLevel } from './readability.ts';
import { segmentText } from './readability-sentences.ts';

export type ReadingEaseFormula = 'amstad' | 'flesch';

/** A text's reading ease: 0–100, higher is easier, with its band and what it was counted from. */
export interface ReadingEase {
  score: number;
  level: ReadabilityLevel;
  words: number;
  sentences: number;
}

/** The formula for a content language (by its primary subtag), or null when Lotse has none for it. */
export function readingEaseFormulaOf(language: string): ReadingEaseFormula | null {
  const primary = language.toLowerCase().split('-')[0];
  if (primary === 'de') return 'amstad';
  if (primary === 'en') return 'flesch';
  return null;
}

/** How easy a plain text in a language reads; null for a language without a formula, or a text without words. */
export function measureReadingEase(language: string, text: string): ReadingEase | null {
  const formula = readingEaseFormulaOf(language);
  if (formula === 'amstad') {
    const report = assessReadability(text);
    if (report.words === 0) return null;
    return { score: report.score, level: report.level, words: report.words, sentences: report.sentences };
  }
  return formula === 'flesch' ? fleschReadingEase(text) : null;
}

/**
 * Flesch's reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word, clamped to
 * 0–100. Sentences are split as for German (a colon or a line ends one too), which counts a little more
 * and shorter sentences than a reader would in lists; headings and list items are short sentences for a
 * reader on a phone as well.
 */
function fleschReadingEase(text: string): ReadingEase | null {
  const sentences = segmentText(text).filter((sentence) => sentence.words.length > 0);
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      words++;
      syllables += countEnglishSyllables(word.text);
    }
  }
  if (words === 0) return null;
  const raw = 206.835 - 1.015 * (words / sentences.length) - 84.6 * (syllables / words);
  const score = Math.round(Math.min(100, Math.max(0, raw)));
  return { score, level: readabilityLevelOf(score), words, sentences: sentences.length };
}

/**
 * The syllables of an English word, estimated by its vowel groups after dropping a silent final e, -es or
 * -ed (at least 1): `table` 2, `make` 1, `registration` 4, `readability` 5. Numbers count as one.
 */
export function countEnglishSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length <= 3) return 1;
  const stem = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, stem.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}
