// Readability of Easy German (de-x-easy) for the page editor: a score and hints, computed while typing.
//
// The hints follow the rules of the Netzwerk Leichte Sprache (published by the BMAS as "Leichte Sprache –
// Ein Ratgeber") as regional guides restate them: short sentences with one statement each, short words or
// compounds split with a hyphen or Mediopunkt, active voice, digits instead of number words, no large or
// complex numbers, dates as "3. Oktober 2026". DIN SPEC 33429 (2025) builds on these rules. The score is
// Toni Amstad's German Flesch reading ease (1978). A score cannot replace the check by readers of the
// target group that Leichte Sprache requires.
import { findNumberHints } from './readability-numbers.ts';
import type { WordToken } from './readability-sentences.ts';
import { findPassiveHints, segmentText } from './readability-sentences.ts';

export type ReadabilityHintKind = 'long-sentence' | 'long-word' | 'passive-voice' | 'number';

/** Something an author of Easy German may want to change. */
export interface ReadabilityHint {
  kind: ReadabilityHintKind;
  /** The text the hint is about (the sentence, word, verb phrase or number) as it appears. */
  text: string;
  /** Offsets into the analysed plain text, end exclusive. */
  start: number;
  end: number;
  /**
   * Numbers that explain the hint, no prose (the UI words it): long-sentence `{ words, limit }`, long-word
   * `{ letters, limit }` (letters of the longest unsplit part), passive-voice `{ auxiliary, participle }`,
   * number `{ kind: 'word' | 'large' | 'percent' | 'fraction' | 'roman' | 'date', … }`.
   */
  facts: Record<string, number | string>;
}

/** Bands of the Amstad scale for the UI. */
export type ReadabilityLevel = 'very-easy' | 'easy' | 'medium' | 'difficult' | 'very-difficult';

/** The readability of a text: score, level, counts and hints in text order. */
export interface ReadabilityReport {
  /** 0–100, higher is easier: the German Flesch reading ease (Amstad: 180 − ASL − 58.5 × ASW), clamped. */
  score: number;
  level: ReadabilityLevel;
  sentences: number;
  words: number;
  averageSentenceWords: number;
  averageWordSyllables: number;
  hints: ReadabilityHint[];
}

/** Limits for the hints; both default to READABILITY_LIMITS. */
export interface ReadabilityOptions {
  maxSentenceWords?: number;
  maxWordLetters?: number;
}

/**
 * Default limits. Sentences: Leichte Sprache asks for short sentences with one statement; guides name 5 to
 * 10 words (Leichte Sprache Baden-Württemberg) or 8, Einfache Sprache 13 to 15; 12 leaves room for the
 * "Sie"-address without letting two statements through. Words: 15 letters lets common words like
 * "Krankenversicherung" (19) be flagged while "Kinderbetreuung" (15) passes.
 */
export const READABILITY_LIMITS = { maxSentenceWords: 12, maxWordLetters: 15 } as const;

/** Analyses German plain text for Easy German. */
export function assessReadability(text: string, options: ReadabilityOptions = {}): ReadabilityReport {
  const maxSentenceWords = options.maxSentenceWords ?? READABILITY_LIMITS.maxSentenceWords;
  const maxWordLetters = options.maxWordLetters ?? READABILITY_LIMITS.maxWordLetters;
  const sentences = segmentText(text).filter((sentence) => sentence.words.length > 0);
  const hints: ReadabilityHint[] = [];
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    const { start, end } = sentence;
    words += sentence.words.length;
    if (sentence.words.length > maxSentenceWords) {
      const facts = { words: sentence.words.length, limit: maxSentenceWords };
      hints.push({ kind: 'long-sentence', text: text.slice(start, end), start, end, facts });
    }
    for (const word of sentence.words) {
      syllables += countSyllables(word.text);
      const hint = longWordHint(word, maxWordLetters);
      if (hint) hints.push(hint);
    }
    hints.push(...findPassiveHints(text, sentence), ...findNumberHints(text, sentence));
  }
  if (words === 0) {
    const empty = { sentences: 0, words: 0, averageSentenceWords: 0, averageWordSyllables: 0, hints: [] };
    return { score: 100, level: 'very-easy', ...empty };
  }
  const averageSentenceWords = words / sentences.length;
  const averageWordSyllables = syllables / words;
  const score = Math.round(
    Math.min(100, Math.max(0, 180 - averageSentenceWords - 58.5 * averageWordSyllables)),
  );
  return {
    score,
    level: readabilityLevelOf(score),
    sentences: sentences.length,
    words,
    averageSentenceWords: round2(averageSentenceWords),
    averageWordSyllables: round2(averageWordSyllables),
    hints: hints.sort((a, b) => a.start - b.start || b.end - a.end),
  };
}

/** One German vowel sound: diphthongs and doubled vowels count once; `qu` is a consonant. */
const VOWEL_SOUND = /äu|eu|ei|ai|au|ey|ay|ie|aa|ee|oo|[aeiouyäöüéèêàâôîû]/g;

/**
 * The syllables of a German word, estimated by its vowel sounds (at least 1). Good enough for a score:
 * `Familie` (4) counts 3, `Theater` 3, `Bürger-Büro` 4; numbers count as one syllable.
 */
function countSyllables(word: string): number {
  return Math.max(1, word.toLowerCase().replace(/qu/g, 'q').match(VOWEL_SOUND)?.length ?? 0);
}

/**
 * A hint for a word with a part longer than the limit. Parts are split at hyphens and the Mediopunkt, so
 * "Bürger-Büro" and "Bundes·agentur" pass while "Aufenthaltserlaubnis" does not.
 */
function longWordHint(word: WordToken, limit: number): ReadabilityHint | undefined {
  if (word.text.length <= limit) return undefined;
  let letters = 0;
  for (const part of word.text.split(/[-\u2010\u2011\u00b7]/)) {
    letters = Math.max(letters, part.replace(/\P{L}+/gu, '').length);
  }
  if (letters <= limit) return undefined;
  return { kind: 'long-word', text: word.text, start: word.start, end: word.end, facts: { letters, limit } };
}

/**
 * The band of a score on Amstad's scale: 80 and more leicht to sehr leicht, 70–79 mittelleicht, 50–69
 * mittel to mittelschwer, 30–49 schwer, below 30 sehr schwer (the usual table for Amstad's formula). Amstad
 * fitted his formula to Flesch's English scale, so the same bands serve English scores.
 */
export function readabilityLevelOf(score: number): ReadabilityLevel {
  if (score >= 80) return 'very-easy';
  if (score >= 70) return 'easy';
  if (score >= 50) return 'medium';
  if (score >= 30) return 'difficult';
  return 'very-difficult';
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote br caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 ' +
    'h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
/** Comments, script and style with their content (unclosed: to the end, as browsers do), and tags. */
const MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?([a-zA-Z][\w:-]*)(?:[^<>"']|"[^"]*"|'[^']*')*>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]+));/g;
const NAMED_ENTITIES = new Map(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00a0',
    shy: '\u00ad',
    middot: '·',
    auml: 'ä',
    ouml: 'ö',
    uuml: 'ü',
    Auml: 'Ä',
    Ouml: 'Ö',
    Uuml: 'Ü',
    szlig: 'ß',
    euro: '€',
    ndash: '–',
    mdash: '—',
    hellip: '…',
    bdquo: '„',
    ldquo: '“',
    rdquo: '”',
  }),
);

/**
 * The plain text of sanitised page HTML for analysis: every block element (paragraph, heading, list item,
 * table cell, line break) ends a line and so a sentence, other tags are removed without a space
 * (`Bür<b>ger</b>` stays one word), entities are decoded, white space is folded. Hint offsets refer to it.
 */
export function plainTextOfHtml(html: string): string {
  const text = html
    .replace(/[ \t\r\n\f]+/g, ' ')
    .replace(MARKUP, (_markup, _script, tag?: string) =>
      tag && BLOCK_TAGS.has(tag.toLowerCase()) ? '\n' : '',
    )
    .replace(ENTITY, decodeEntity);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function decodeEntity(entity: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED_ENTITIES.get(name) ?? entity;
  const codePoint = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
  const isValid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
  return isValid ? String.fromCodePoint(codePoint) : '\ufffd';
}
