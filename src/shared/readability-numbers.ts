// The number rule of the readability analysis (see readability.ts).
import type { ReadabilityHint } from './readability.ts';
import type { Sentence, WordToken } from './readability-sentences.ts';

const wordSet = (list: string) => new Set(list.split(' '));

interface Context {
  text: string;
  words: WordToken[];
}

/** Values of the parts of German number words. */
const NUMBER_VALUES = new Map(
  (
    'ein:1 eins:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 ' +
    'dreizehn:13 vierzehn:14 fünfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19 zwanzig:20 ' +
    'dreißig:30 vierzig:40 fünfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90 hundert:100 tausend:1000 und:0'
  )
    .split(' ')
    .map((entry) => [entry.split(':')[0]!, Number(entry.split(':')[1])] as const),
);
/** The parts, longest first so that `dreizehn` is not read as `drei` and `eins` not as `ein`. */
const PARTS = [...NUMBER_VALUES.keys()].sort((a, b) => b.length - a.length).join('|');
const NUMBER_WORD = new RegExp(`^(?:${PARTS})+(?:mal)?$`);
const NUMBER_PART = new RegExp(PARTS, 'y');
/** Number nouns and vague large amounts; nouns, so also when capitalised. */
const LARGE_WORDS = wordSet('million millionen milliarde milliarden hunderte hunderten tausende tausenden');
const FRACTION_WORDS = wordSet('hälfte drittel fünftel sechstel siebtel achtel neuntel zehntel hundertstel');
/** A number in digits, with separators: `2026`, `1.500.000`, `03.10.2026`, `1/2`, `161-0`. */
const DIGITS = /^\p{Nd}[\p{Nd}.,:/-]*$/u;
const FRACTION_CHARACTERS = /[\u00bc-\u00be\u2150-\u215e]/u;
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
/** Capitals that are valid Roman numerals but usually abbreviations (`CD`, `MI` for Mittwoch). */
const NOT_ROMAN = wordSet('CC CD CI CM CV DC DI DIV LI MC MD MI MIX MM XL');
/** Words before digits that make them a phone number or an identifier ("Tel.: 0731", "Kundennummer"). */
const CODE_CONTEXT =
  /(?:(?:^|\P{L})(?:tel|telefon|fax|handy|mobil|plz|az|nr|id|iban|konto)|nummer|zeichen)\.?:?\s*$/iu;
/** Nouns that make five digits an amount ("15000 Euro"), not a postal code ("89073 Ulm"). */
const AMOUNT_NOUNS = wordSet(
  'euro eur menschen personen einwohner kinder jahre tage stunden fälle meter kilometer stück',
);

interface NumberSpan {
  start: number;
  end: number;
  facts: Record<string, number | string>;
}

/**
 * Numbers that Leichte Sprache writes differently (facts.kind): number words instead of digits ('word',
 * with the value), more than four digits or "Millionen" ('large'), percentages ('percent'), fractions
 * ('fraction'), Roman numerals ('roman') and dates in digits like 03.10.2026 ('date', with day, month and
 * year; better "3. Oktober 2026"). Years, postal codes ("89073 Ulm"), times, decimals ("37,50 Euro"), phone
 * numbers and identifiers (after "Tel.", "Nr.", "Kundennummer", or with a leading 0) are left alone.
 */
export function findNumberHints(text: string, sentence: Sentence): ReadabilityHint[] {
  const context = { text, words: sentence.words };
  const hints: ReadabilityHint[] = [];
  let isCode = false;
  for (let index = 0; index < context.words.length; index++) {
    const word = context.words[index]!;
    const previous = context.words[index - 1];
    const isDigits = DIGITS.test(word.text);
    const isShortGap = previous !== undefined && word.start - previous.end <= 3;
    const isJoined = isShortGap && /^[\s/()–-]+$/.test(text.slice(previous.end, word.start));
    isCode = isDigits && ((isCode && isJoined) || startsCode(context, index));
    const found = isCode ? undefined : numberAt(context, index);
    if (!found) continue;
    const { start, end, facts } = found;
    hints.push({ kind: 'number', text: text.slice(start, end), start, end, facts });
    while (context.words[index + 1] !== undefined && context.words[index + 1]!.start < end) index++;
  }
  return hints;
}

function startsCode(context: Context, index: number): boolean {
  const word = context.words[index]!;
  if (/^0\p{Nd}{2}/u.test(word.text) || context.text[word.start - 1] === '+') return true;
  return CODE_CONTEXT.test(context.text.slice(Math.max(0, word.start - 24), word.start));
}

function numberAt(context: Context, index: number): NumberSpan | undefined {
  const word = context.words[index]!;
  const lower = word.text.toLowerCase();
  const value = numberWordValue(lower);
  const isDigits = DIGITS.test(word.text);
  const percentEnd = isDigits || value !== undefined ? endOfPercent(context, index) : undefined;
  if (percentEnd !== undefined) return { start: word.start, end: percentEnd, facts: { kind: 'percent' } };
  if (/^prozent(?:e|punkte)?$/.test(lower)) return spanOf(word, { kind: 'percent' });
  if (isDigits) return digitNumber(context, index);
  if (LARGE_WORDS.has(lower)) return spanOf(word, { kind: 'large' });
  const before = context.words[index - 1]?.text.toLowerCase() ?? '';
  const isQuarter = lower === 'viertel' && /^(?:ein|eine|einem|einen|einer|drei|\p{Nd}+)$/u.test(before);
  if (FRACTION_WORDS.has(lower) || isQuarter || FRACTION_CHARACTERS.test(word.text)) {
    return spanOf(word, { kind: 'fraction' });
  }
  if (word.text.length > 1 && ROMAN.test(word.text) && !NOT_ROMAN.has(word.text)) {
    return spanOf(word, { kind: 'roman', value: romanValue(word.text) });
  }
  // A capitalised number word inside a sentence is a noun ("eine Drei in Mathe").
  if (value !== undefined && (index === 0 || /^\p{Ll}/u.test(word.text)))
    return spanOf(word, { kind: 'word', value });
  return undefined;
}

function spanOf(word: WordToken, facts: Record<string, number | string>): NumberSpan {
  return { start: word.start, end: word.end, facts };
}

function endOfPercent(context: Context, index: number): number | undefined {
  const { text, words } = context;
  const word = words[index]!;
  const sign = /^[ \u00a0\u202f]?%/u.exec(text.slice(word.end, word.end + 2));
  if (sign) return word.end + sign[0].length;
  const next = words[index + 1];
  const isPercentWord = next !== undefined && /^prozent/i.test(next.text);
  return isPercentWord && /^\s+$/.test(text.slice(word.end, next.start)) ? next.end : undefined;
}

/** A date in digits, a fraction like 1/2, or a number of more than four digits; undefined otherwise. */
function digitNumber(context: Context, index: number): NumberSpan | undefined {
  const { text, words } = context;
  const word = words[index]!;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(word.text);
  const dotted =
    /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(word.text) ??
    (text[word.end] === '.' ? /^(\d{1,2})\.(\d{1,2})$/.exec(word.text) : null);
  const [day, month, year] = iso ? [iso[3], iso[2], iso[1]] : [dotted?.[1], dotted?.[2], dotted?.[3]];
  if (day !== undefined && month !== undefined) {
    const facts = {
      kind: 'date',
      day: Number(day),
      month: Number(month),
      ...(year ? { year: Number(year) } : {}),
    };
    const isValid = facts.day >= 1 && facts.day <= 31 && facts.month >= 1 && facts.month <= 12;
    return isValid ? { start: word.start, end: word.end + (year ? 0 : 1), facts } : undefined;
  }
  const fraction = /^([1-9]\d?)\/([1-9]\d?)$/.exec(word.text);
  if (fraction && Number(fraction[1]) < Number(fraction[2])) return spanOf(word, { kind: 'fraction' });
  const grouped = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(word.text) || /^[1-9]\d*(?:,\d+)?$/.test(word.text);
  if (!grouped) return undefined;
  let digits = word.text.split(',')[0]!.replace(/\./g, '').length;
  let last = index;
  // "15 000": groups of three digits after a single space belong to the number.
  while (/^\d{1,3}$/.test(word.text) && /^\d{3}$/.test(words[last + 1]?.text ?? '')) {
    if (!/^[ \u00a0\u2009\u202f]$/u.test(text.slice(words[last]!.end, words[last + 1]!.start))) break;
    last++;
    digits += 3;
  }
  if (digits <= 4 || (last === index && isPostalCode(context, index))) return undefined;
  return { start: word.start, end: words[last]!.end, facts: { kind: 'large', digits } };
}

function isPostalCode(context: Context, index: number): boolean {
  const { text, words } = context;
  const [previous, word, next] = [words[index - 1], words[index]!, words[index + 1]];
  if (!/^\d{5}$/.test(word.text) || !next || !/^\p{Lu}/u.test(next.text)) return false;
  if (AMOUNT_NOUNS.has(next.text.toLowerCase())) return false;
  if (!previous) return true;
  const gap = text.slice(previous.end, word.start);
  return /[,(]/.test(gap) || /^\p{Nd}/u.test(previous.text) || /^(?:in|nach|aus|plz)$/i.test(previous.text);
}

/** The value of a German number word (`drei` 3, `einundzwanzig` 21, `dreimal` 3); not the article `ein`. */
function numberWordValue(word: string): number | undefined {
  if (!NUMBER_WORD.test(word)) return undefined;
  const base = word.endsWith('mal') ? word.slice(0, -3) : word;
  if (base === 'ein' || base.startsWith('und') || base.endsWith('und')) return undefined;
  let [total, current] = [0, 0];
  NUMBER_PART.lastIndex = 0;
  for (let part = NUMBER_PART.exec(base)?.[0]; part !== undefined; part = NUMBER_PART.exec(base)?.[0]) {
    const value = NUMBER_VALUES.get(part) ?? 0;
    if (value === 100) current = (current || 1) * 100;
    else if (value === 1000) [total, current] = [total + (current || 1) * 1000, 0];
    else current += value;
  }
  return total + current;
}

function romanValue(numeral: string): number {
  let total = 0;
  for (let index = 0; index < numeral.length; index++) {
    const value = ROMAN_VALUES[numeral[index]!] ?? 0;
    total += value < (ROMAN_VALUES[numeral[index + 1] ?? ''] ?? 0) ? -value : value;
  }
  return total;
}
