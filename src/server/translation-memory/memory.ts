import { extractUnits, type InlineToken, type SourceUnit } from '../xliff/html-units.ts';

/** A remembered translation of one paragraph (or title, or image text). */
export interface MemoryEntry {
  /** The translation, its inline codes numbered as in the source paragraph. */
  target: InlineToken[];
  /** Made by machine translation and published without being rewritten by a person. */
  isMachineTranslated: boolean;
  pageId: number;
}

/** The translation memory of a region for one language pair: source paragraph → its translation. */
export type TranslationMemory = ReadonlyMap<string, MemoryEntry>;

/** What a published translation and its source contribute to the memory. */
export interface TranslatedText {
  pageId: number;
  isMachineTranslated: boolean;
  source: { title: string; html: string };
  target: { title: string; html: string };
}

/**
 * Builds the memory from published translations: their paragraphs are paired with the source's when both
 * have the same structure (the same units, in the same order). A person's translation wins over a machine's
 * for the same paragraph; otherwise the newer one does (texts are given oldest first).
 */
export function buildTranslationMemory(texts: readonly TranslatedText[]): TranslationMemory {
  const memory = new Map<string, MemoryEntry>();
  const remember = (key: string, entry: MemoryEntry) => {
    const known = memory.get(key);
    if (known && !known.isMachineTranslated && entry.isMachineTranslated) return;
    memory.set(key, entry);
  };
  for (const text of texts) {
    const entry = { isMachineTranslated: text.isMachineTranslated, pageId: text.pageId };
    if (text.source.title.trim() && text.target.title.trim()) {
      remember(titleKey(text.source.title), { ...entry, target: [{ text: text.target.title.trim() }] });
    }
    const sourceUnits = extractUnits(text.source.html);
    const targetUnits = extractUnits(text.target.html);
    if (!haveSameStructure(sourceUnits, targetUnits)) continue;
    sourceUnits.forEach((unit, index) => {
      const target = targetUnits[index]!;
      if (isBlank(unit) || isBlank(target)) return;
      remember(unitKey(unit), { ...entry, target: renumberCodes(unit, target) });
    });
  }
  return memory;
}

/** The memory's key of a paragraph: its text with whitespace collapsed, and the kinds of its inline codes. */
export function unitKey(unit: SourceUnit): string {
  const parts = unit.tokens.map((token) => {
    if ('text' in token) return token.text.replace(/\s+/g, ' ');
    if ('open' in token) return `<${unit.codes.get(token.open)?.tag ?? '?'}>`;
    if ('close' in token) return `</${unit.codes.get(token.close)?.tag ?? '?'}>`;
    return `<${unit.codes.get(token.placeholder)?.tag ?? '?'}/>`;
  });
  return `${unit.kind}:${parts.join('').trim()}`;
}

/** The memory's key of a title. */
export function titleKey(title: string): string {
  return `title:${title.replace(/\s+/g, ' ').trim()}`;
}

function haveSameStructure(source: SourceUnit[], target: SourceUnit[]): boolean {
  return source.length === target.length && source.every((unit, i) => unit.kind === target[i]!.kind);
}

function isBlank(unit: SourceUnit): boolean {
  return unit.tokens.every((token) => !('text' in token) || token.text.trim() === '');
}

/**
 * The target paragraph's tokens with its inline codes renamed to the source paragraph's: each target code
 * takes the unused source code of the same tag and attributes, or else of the same tag; one without a match
 * is left out (its text stays).
 */
function renumberCodes(source: SourceUnit, target: SourceUnit): InlineToken[] {
  const unused = new Map(source.codes);
  const renamed = new Map<string, string>();
  const sameAttributes = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
    JSON.stringify(a) === JSON.stringify(b);
  for (const [targetId, code] of target.codes) {
    const match =
      [...unused].find(
        ([, candidate]) =>
          candidate.tag === code.tag && sameAttributes(candidate.attributes, code.attributes),
      ) ?? [...unused].find(([, candidate]) => candidate.tag === code.tag && candidate.kind === code.kind);
    if (!match) continue;
    unused.delete(match[0]);
    renamed.set(targetId, match[0]);
  }
  const renamedToken = (id: string, make: (sourceId: string) => InlineToken): InlineToken[] => {
    const sourceId = renamed.get(id);
    return sourceId ? [make(sourceId)] : [];
  };
  return target.tokens.flatMap((token): InlineToken[] => {
    if ('text' in token) return [token];
    if ('open' in token) return renamedToken(token.open, (open) => ({ open }));
    if ('close' in token) return renamedToken(token.close, (close) => ({ close }));
    return renamedToken(token.placeholder, (placeholder) => ({ placeholder }));
  });
}
