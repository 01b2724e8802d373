// German sentences for the readability analysis (see readability.ts): where they end, their words, and
// passive voice within them.
import type { ReadabilityHint } from './readability.ts';

/** A word of the analysed text as written, with its offsets (end exclusive). Numbers are words too. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** A sentence: offsets without surrounding white space, closing punctuation included, and its words. */
export interface Sentence {
  start: number;
  end: number;
  words: WordToken[];
}

const wordSet = (list: string) => new Set(list.split(' '));

/** Web and e-mail addresses (also bare `ulm.de`): neither words nor sentence ends. */
const ADDRESS =
  /(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?<![\p{L}\p{N}.@/-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:de|com|org|net|eu|info|at|ch)(?![\p{L}\p{N}-])(?:\/[^\s<>"]*)?/giu;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"»“”]+$/u;

/**
 * A word: letters and digits, joined by hyphens, the Mediopunkt (`Bürger·büro`), apostrophes and gender
 * marks (`Bürger*innen`) into one word; or a number with separators (`1.500.000`, `03.10.2026`, `10:30`).
 */
const WORD =
  /\p{Nd}+(?:[.,:/]\p{Nd}+)+|[\p{L}\p{M}\p{N}\u00ad]+(?:[-\u2010\u2011\u00b7'’*_:][\p{L}\p{M}\p{N}\u00ad]+)*/gu;

/** Where a sentence may end: a line break, or . ! ? : … (and closing quotes) before white space. */
const TERMINATOR = /\n|(?<![.!?:…])[.!?:…]+["'»«“”„‚‘’)\]]*(?=\s|$)/g;

/** Abbreviations that a full stop follows without ending the sentence (single letters always count). */
const ABBREVIATIONS = wordSet(
  'abs abt allg bspw bzgl bzw ca dr evtl fa fr geb gem ggf hbf hr inkl jh jhd lt max mio mo mrd nr ' +
    'prof sa st std tel tsd vgl zzgl di mi do jan feb apr aug sep sept okt nov dez',
);
/** Abbreviations that may close a sentence: they end it when a capital letter follows. */
const FINAL_ABBREVIATIONS = wordSet('usw etc usf');
const MONTHS =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/u;
/** Words before a number that make `3.` an ordinal (`am 3. Mai`, `im 2. Stock`), not a sentence end. */
const ORDINAL_CONTEXT = wordSet(
  'ab am bis beim dem den der des die das im jeden jedem jeder seit vom zum zur',
);

/** Splits text into sentences with their words; addresses are skipped, offsets refer to `text`. */
export function segmentText(text: string): Sentence[] {
  const masked = maskAddresses(text);
  const words = [...masked.matchAll(WORD)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const sentences: Sentence[] = [];
  let from = 0;
  let next = 0;
  const close = (end: number) => {
    const start = skipSpace(text, from, end);
    const sentenceEnd = trimEnd(text, start, end);
    const own: WordToken[] = [];
    while (next < words.length && words[next]!.start < end) own.push(words[next++]!);
    if (sentenceEnd > start) sentences.push({ start, end: sentenceEnd, words: own });
  };
  for (const match of masked.matchAll(TERMINATOR)) {
    if (match[0] !== '\n' && !isSentenceEnd(masked, match.index, match[0])) continue;
    close(match[0] === '\n' ? match.index : match.index + match[0].length);
    from = match.index + match[0].length;
  }
  close(text.length);
  return sentences;
}

/** Replaces addresses by spaces of the same length, keeping punctuation after them. */
function maskAddresses(text: string): string {
  return text.replace(ADDRESS, (address) => {
    const trailing = TRAILING_PUNCTUATION.exec(address)?.[0] ?? '';
    return ' '.repeat(address.length - trailing.length) + trailing;
  });
}

/** Whether punctuation found by TERMINATOR at `index` ends a sentence. */
function isSentenceEnd(text: string, index: number, mark: string): boolean {
  if (mark[0] !== '.' && mark[0] !== '…') return true;
  const before = wordBefore(text, index);
  if (before === '') return true;
  const after = /^\s*([\p{L}\p{N}]*)/u.exec(text.slice(index + mark.length, index + mark.length + 40));
  const following = after?.[1] ?? '';
  if (following === '') return true;
  const isLower = /^\p{Ll}/u.test(following);
  if (mark !== '.') return !isLower;
  if (/^\p{Nd}+$/u.test(before)) return !isLower && !isOrdinal(text, index - before.length, following);
  const word = before.toLowerCase();
  if (FINAL_ABBREVIATIONS.has(word)) return /^\p{Lu}/u.test(following);
  if (word.length === 1 || ABBREVIATIONS.has(word) || (word.length > 3 && /(?:str|nr)$/.test(word)))
    return false;
  return !isLower;
}

/** Whether the number at `start`, followed by a full stop and `following`, is an ordinal or a list mark. */
function isOrdinal(text: string, start: number, following: string): boolean {
  if (MONTHS.test(following)) return true;
  const line = text.slice(Math.max(0, start - 40), start);
  if (/\n[ \t]*$/.test(line) || (start <= 40 && /^[ \t]*$/.test(line))) return true;
  const previous = /(\p{L}+)[^\p{L}\n]*$/u.exec(line)?.[1]?.toLowerCase();
  return previous !== undefined && ORDINAL_CONTEXT.has(previous);
}

/** The letters and digits right before `index` (at most 40). */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && index - start < 40 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
  return text.slice(start, index);
}

function skipSpace(text: string, from: number, to: number): number {
  let index = from;
  while (index < to && /\s/.test(text[index]!)) index++;
  return index;
}

function trimEnd(text: string, from: number, to: number): number {
  let index = to;
  while (index > from && /\s/.test(text[index - 1]!)) index--;
  return index;
}

/** Forms of "werden" that build the passive; "geworden" belongs to the full verb and is absent. */
const WERDEN = wordSet(
  'werde wirst wird werden werdet würde würdest würden würdet wurde wurdest wurden wurdet worden',
);
/** Past forms: after them an `-en` word cannot be the infinitive of the future tense. */
const PAST_WERDEN = wordSet('wurde wurdest wurden wurdet worden');
const SEPARABLE =
  '(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|her|hin|los|mit|nach|um|vor|weg|weiter|wieder|zu|zurück|zusammen)';
/** `gemacht`, `vorgenommen`, `angemeldet`: ge-…-t and ge-…-en, also after a separable prefix. */
const GE_PARTICIPLE = new RegExp(`^${SEPARABLE}?ge[a-zäöüß]{2,}(?:t|en)$`);
/** `bearbeitet`, `verschoben`, `anerkannt`: an inseparable prefix, no ge-. */
const PREFIX_PARTICIPLE = new RegExp(
  `^${SEPARABLE}?(?:be|emp|ent|er|miss|ver|zer|über|unter|hinter|wider)[a-zäöüß]{2,}(?:t|en)$`,
);
/** Adjectives and adverbs shaped like participles ("Sie wird bestimmt kommen", "Er wird bekannt"). */
const NOT_PARTICIPLES = wordSet(
  'bekannt bereit berühmt beliebt bestimmt bewusst entspannt ernst erwachsen gerecht gesamt gespannt geeignet gewesen geworden gehabt verlegen verrückt verwandt',
);
/** Infinitives that begin with ge- ("Das Amt wird den Antrag genehmigen" is future, not passive). */
const GE_INFINITIVE = new RegExp(
  `(?:${'gebrauchen gedenken gefallen gefährden gehorchen gehören gelangen gelingen gelten genehmigen genießen genügen geraten geschehen gestalten gestatten gestehen gewähren gewinnen gewöhnen'.replaceAll(' ', '|')})$`,
);
/** Strong participles with an inseparable prefix that are no infinitive: passive with present "werden" too. */
const STRONG_PARTICIPLES = wordSet(
  'beschlossen beschrieben besprochen bestanden betrieben bewiesen bezogen empfohlen entschieden entzogen erhoben überwiesen übernommen unterbrochen unterschrieben verboten verbunden verliehen vermieden verschoben versprochen verstanden vollzogen',
);
/** Words after a participle that show it closes the verb phrase rather than qualifies a noun. */
const CLOSERS = wordSet(
  'sein ist sind war waren wäre kann können konnte muss müssen musste soll sollen sollte darf dürfen will wollen möchte von vom durch',
);

interface Context {
  text: string;
  words: WordToken[];
  /** The clause (part between commas, semicolons, dashes, brackets) of each word. */
  clauses: number[];
}

/**
 * Passive voice: a form of "werden" with a past participle in the same clause, reported from the first to
 * the last of the two. Precision over recall: the participle must close the clause or stand right before
 * the werden form, so adjectives before nouns are not taken; present "werden" with an `-en` word of an
 * inseparable verb ("Sie werden das Geld bekommen") is taken as future. Not found: participles without
 * ge- or a known prefix, werden and participle split by a comma, and the state passive ("ist geschlossen").
 */
export function findPassiveHints(text: string, sentence: Sentence): ReadabilityHint[] {
  const context = { text, words: sentence.words, clauses: clausesOf(text, sentence.words) };
  const hints: ReadabilityHint[] = [];
  let lastParticiple = -1;
  sentence.words.forEach((word, index) => {
    const form = word.text.toLowerCase();
    if (!WERDEN.has(form)) return;
    const participle = findParticiple(context, index);
    if (participle === undefined) return;
    const previous = hints.at(-1);
    if (previous && participle === lastParticiple) {
      previous.end = Math.max(previous.end, word.end);
      previous.text = text.slice(previous.start, previous.end);
      return;
    }
    const other = sentence.words[participle]!;
    const start = Math.min(word.start, other.start);
    const end = Math.max(word.end, other.end);
    hints.push({
      kind: 'passive-voice',
      text: text.slice(start, end),
      start,
      end,
      facts: { auxiliary: form, participle: other.text },
    });
    lastParticiple = participle;
  });
  return hints;
}

function clausesOf(text: string, words: WordToken[]): number[] {
  let clause = 0;
  return words.map((word, index) => {
    const before = words[index - 1];
    if (before && /[,;()–—]|\s-\s/.test(text.slice(before.end, word.start))) clause++;
    return clause;
  });
}

/** The index of the participle that belongs to the werden form at `index`, if any. */
function findParticiple(context: Context, index: number): number | undefined {
  const { words, clauses } = context;
  const form = words[index]!.text.toLowerCase();
  const isPast = PAST_WERDEN.has(form);
  const before = words[index - 1];
  if (before && clauses[index - 1] === clauses[index]) {
    if (isParticiple(before.text, isPast) || (form === 'worden' && /^\p{Ll}/u.test(before.text))) {
      return index - 1;
    }
  }
  for (let next = index + 1; next < words.length && clauses[next] === clauses[index]; next++) {
    const word = words[next]!.text;
    if (WERDEN.has(word.toLowerCase())) return undefined;
    if (isParticiple(word, isPast) && closesClause(context, next, isPast)) return next;
  }
  return undefined;
}

/** Whether a word has the shape of a past participle (lower case, so no noun). */
function isParticiple(word: string, isPast: boolean): boolean {
  if (!/^\p{Ll}/u.test(word) || NOT_PARTICIPLES.has(word) || GE_INFINITIVE.test(word)) return false;
  if (/^[a-zäöüß]{3,}iert$/.test(word) || GE_PARTICIPLE.test(word)) return true;
  if (!PREFIX_PARTICIPLE.test(word)) return false;
  return word.endsWith('t') || isPast || STRONG_PARTICIPLES.has(word);
}

/** Whether the word at `index` ends its clause, or is followed by werden, a modal, or "und" + participle. */
function closesClause(context: Context, index: number, isPast: boolean): boolean {
  const { words, clauses } = context;
  const next = words[index + 1];
  if (!next || clauses[index + 1] !== clauses[index]) return true;
  const lower = next.text.toLowerCase();
  if (WERDEN.has(lower) || CLOSERS.has(lower)) return true;
  if (lower !== 'und' && lower !== 'oder' && lower !== 'sowie') return false;
  // "wird gesperrt und umgeleitet": an uninflected -t participle before "und" closes its phrase unless an
  // infinitive ends the clause ("werden gezielt und schnell helfen"); an -en word may be an adjective
  // before a noun ("die genauen und aktuellen Daten"), so its partner must close the clause.
  if (words[index]!.text.endsWith('t')) {
    let last = index;
    while (last + 1 < words.length && clauses[last + 1] === clauses[index]) last++;
    const final = words[last]!.text;
    return !/^\p{Ll}.*en$/u.test(final) || isParticiple(final, isPast);
  }
  const after = words[index + 2];
  if (!after || clauses[index + 2] !== clauses[index] || !isParticiple(after.text, isPast)) return false;
  return closesClause(context, index + 2, isPast);
}
