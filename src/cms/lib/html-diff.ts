import { diffArrays } from 'diff';

/** An element; `path` is it and its ancestors, `sigId` stands for all their open tags (verbatim). */
type Tag = { name: string; open: string; close: string; sigId: number; path: Tag[] };
/** A word, whitespace, img/br/hr or the end of an element (''); equal ids: equal text in equal open tags. */
type Atom = { text: string; path: Tag[]; id: number; isWord: boolean; isSilent: boolean };
/** A stretch of the diff: atoms removed and added at one place, then the atoms both versions share there. */
type Chunk = { removed: Atom[]; added: Atom[]; kept: [Atom, Atom][] };

const [EQUAL, REMOVED, ADDED] = [0, 1, 2];
/** A stretch between unique common words with more edits than this (or than a quarter of it) shows as replaced. */
const MAX_EDITS = 200;
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)(?:"[^"]*"|'[^']*'|[^'">])*>|[^<]+|</g;
const SPACE = '(?:\\s|&nbsp;|&#160;|&#xa0;)';
const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
const WORD = new RegExp(`${SPACE}+|[${CJK}]|(?:[^\\s&${CJK}]|&(?!nbsp;|#160;|#xa0;))+`, 'giu');
const IS_SPACE = new RegExp(`^${SPACE}`, 'i');
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'col', 'source', 'input']);
/** Elements (and the top level, '') where ins and del may not stand, so whitespace in them is never marked. */
const CONTAINERS = new Set(['', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr']);

function atomize(html: string, ids: Map<string, number>): Atom[] {
  const atoms: Atom[] = [];
  const root: Tag = { name: '', open: '', close: '', sigId: -1, path: [] };
  const stack = [root];
  let top = root;
  const intern = (key: string) => {
    const id = ids.get(key) ?? ids.size;
    if (id === ids.size) ids.set(key, id);
    return id;
  };
  const add = (text: string, isWord: boolean, isSilent: boolean) =>
    atoms.push({ text, path: top.path, id: intern(`${top.sigId} ${text}`), isWord, isSilent });
  const closeTop = (text?: string) => {
    add('', false, true);
    if (text) top.close = text;
    stack.pop();
    top = stack.at(-1)!;
  };
  for (const [token, slash, rawName] of html.matchAll(TOKEN)) {
    if (token.startsWith('<!--')) continue;
    if (rawName === undefined) {
      for (const word of token === '<' ? ['&lt;'] : (token.match(WORD) ?? [])) {
        const isSpace = IS_SPACE.test(word);
        add(word, !isSpace, isSpace && CONTAINERS.has(top.name));
      }
      continue;
    }
    const name = rawName.toLowerCase();
    if (slash) {
      const index = stack.findLastIndex((el) => el.name === name);
      if (index < 1) continue;
      while (stack.length > index + 1) closeTop();
      closeTop(token);
    } else if (VOID.has(name) || token.endsWith('/>')) {
      add(token, name === 'img', false);
    } else {
      const sigId = intern(`${top.sigId}${token}`);
      const el: Tag = { name, open: token, close: `</${name}>`, sigId, path: [] };
      el.path = [...top.path, el];
      stack.push((top = el));
    }
  }
  while (stack.length > 1) closeTop();
  return atoms;
}

/** Pairs of positions of the ids that occur once in each range, longest run in the same order (patience). */
function uniqueAnchors(a: number[], b: number[], a0: number, a1: number, b0: number, b1: number) {
  const inA = new Map<number, number>();
  for (let i = a0; i < a1; i++) inA.set(a[i]!, inA.has(a[i]!) ? -1 : i);
  const inB = new Map<number, number>();
  for (let j = b0; j < b1; j++) if (inA.has(b[j]!)) inB.set(b[j]!, inB.has(b[j]!) ? -1 : j);
  const pairs: [number, number][] = [];
  // A Map iterates in order of first occurrence, so the pairs come sorted by their position in `a`.
  for (const [id, i] of inA) if (i >= 0 && (inB.get(id) ?? -1) >= 0) pairs.push([i, inB.get(id)!]);
  const tails: number[] = [];
  const previous = pairs.map(([, j], k) => {
    let [lo, hi] = [0, tails.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      [lo, hi] = pairs[tails[mid]!]![1] < j ? [mid + 1, hi] : [lo, mid];
    }
    tails[lo] = k;
    return lo > 0 ? tails[lo - 1]! : -1;
  });
  const anchors: [number, number][] = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k]!) anchors.push(pairs[k]!);
  return anchors.reverse();
}

/** Appends one op per atom: patience anchors first, Myers (bounded) between them. */
function align(a: number[], b: number[], a0: number, a1: number, b0: number, b1: number, ops: number[]) {
  let tail = 0;
  for (; a0 < a1 && b0 < b1 && a[a0] === b[b0]; a0++, b0++) ops.push(EQUAL);
  for (; a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]; a1--, b1--) tail++;
  const anchors = a0 < a1 && b0 < b1 ? uniqueAnchors(a, b, a0, a1, b0, b1) : [];
  if (anchors.length > 0) {
    for (const [i, j] of anchors) {
      align(a, b, a0, i, b0, j, ops);
      ops.push(EQUAL);
      [a0, b0] = [i + 1, j + 1];
    }
    align(a, b, a0, a1, b0, b1, ops);
  } else {
    const [before, after] = [a.slice(a0, a1), b.slice(b0, b1)];
    const maxEditLength = Math.min(MAX_EDITS, 8 + (before.length + after.length) / 4);
    const changes = before.length && after.length ? diffArrays(before, after, { maxEditLength }) : null;
    const runs = changes?.map((c) => [c.added ? ADDED : c.removed ? REMOVED : EQUAL, c.count] as const);
    for (const [op, count] of runs ?? [[REMOVED, before.length] as const, [ADDED, after.length] as const])
      for (let k = 0; k < count; k++) ops.push(op);
  }
  for (; tail > 0; tail--) ops.push(EQUAL);
}

const CELLS = new Set(['li', 'td', 'th']);

/**
 * The editor writes `<li><p>…</p></li>` (and so in table cells) where older or imported text has
 * `<li>…</li>`: paragraphs directly in list items and cells are left out before comparing (several become
 * lines), so that only what a reader sees counts as a change.
 */
function withoutCellParagraphs(html: string): string {
  const open: string[] = [];
  const dropped: boolean[] = [];
  return html.replace(
    /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g,
    (tag, slash: string, rawName: string, at: number) => {
      const name = rawName.toLowerCase();
      if (VOID.has(name)) return tag;
      if (!slash) {
        const isDropped = name === 'p' && CELLS.has(open.at(-1) ?? '');
        open.push(name);
        dropped.push(isDropped);
        return isDropped ? '' : tag;
      }
      open.pop();
      if (!dropped.pop()) return tag;
      return /^\s*<p[\s>]/i.test(html.slice(at + tag.length)) ? '<br>' : '';
    },
  );
}

function compare(before: string, after: string): Chunk[] {
  const keys = new Map<string, number>();
  const [a, b] = [atomize(withoutCellParagraphs(before), keys), atomize(withoutCellParagraphs(after), keys)];
  const ids = (atoms: Atom[]) => atoms.map((atom) => atom.id);
  const ops: number[] = [];
  align(ids(a), ids(b), 0, a.length, 0, b.length, ops);
  const chunks: Chunk[] = [{ removed: [], added: [], kept: [] }];
  let [i, j] = [0, 0];
  for (const op of ops) {
    let chunk = chunks.at(-1)!;
    if (op !== EQUAL && chunk.kept.length > 0) chunks.push((chunk = { removed: [], added: [], kept: [] }));
    if (op === EQUAL) chunk.kept.push([a[i++]!, b[j++]!]);
    else if (op === REMOVED) chunk.removed.push(a[i++]!);
    else chunk.added.push(b[j++]!);
  }
  return chunks;
}

/**
 * Shows `after` with the words removed since `before` in <del> and the words added in <ins>, as one
 * well-formed HTML fragment; identical inputs give `after` unchanged.
 *
 * The rule: both fragments are cut into atoms (words, whitespace runs, img/br/hr, the end of each element),
 * and two atoms are the same only when their text and all their enclosing open tags (names and attributes,
 * verbatim) are. So a word that became bold, a paragraph that became a heading, or link text whose href
 * changed shows as removed in its old formatting, then added in its new. Removed atoms go into the new
 * element that their old one corresponds to (the one holding its first unchanged atom, else one with the
 * same tags that replaced it), or into a copy of the old element, shown where it stood. ins and del always sit
 * innermost (in p, li, td, strong, a…); whitespace directly in lists, tables and at the top level, and
 * element ends, are never marked. Nothing is escaped or unescaped.
 */
export function diffHtml(before: string, after: string): string {
  const chunks = compare(before, after);
  const counterpart = new Map<Tag, Tag>();
  for (const { kept } of chunks)
    for (const [old, now] of kept)
      old.path.forEach((tag, k) => counterpart.has(tag) || counterpart.set(tag, now.path[k]!));
  const claimed = new Set(counterpart.values());
  for (const { removed, added } of chunks.filter((chunk) => chunk.removed.length && chunk.added.length)) {
    const free = new Map<number, Tag[]>();
    for (const tag of new Set(added.flatMap((atom) => atom.path)))
      if (!claimed.has(tag)) free.set(tag.sigId, free.get(tag.sigId)?.concat(tag) ?? [tag]);
    for (const tag of new Set(removed.flatMap((atom) => atom.path))) {
      const other = counterpart.has(tag) ? undefined : free.get(tag.sigId)?.shift();
      if (!other) continue;
      counterpart.set(tag, other);
      claimed.add(other);
    }
  }
  const places = new Map<Tag, Tag[]>();
  /** Where removed atoms of an old element go: its counterpart, if that sits where the old parent went. */
  const place = (path: Tag[]): Tag[] => {
    const tag = path.at(-1);
    if (tag && !places.has(tag)) {
      const [parent, other] = [place(path.slice(0, -1)), counterpart.get(tag)];
      places.set(tag, [...parent, other && other.path.at(-2) === parent.at(-1) ? other : tag]);
    }
    return tag ? places.get(tag)! : [];
  };
  let out = '';
  let mark = '';
  const stack: Tag[] = [];
  const shared = (path: Tag[]) => {
    let k = 0;
    while (k < stack.length && stack[k] === path[k]) k++;
    return k;
  };
  const emit = (path: Tag[], text: string, kind: string) => {
    const k = shared(path);
    if (mark && (kind !== mark || k < stack.length || k < path.length)) {
      out += `</${mark}>`;
      mark = '';
    }
    while (stack.length > k) out += stack.pop()!.close;
    for (let i = k; i < path.length; i++) out += stack[stack.push(path[i]!) - 1]!.open;
    if (kind && !mark) out += `<${(mark = kind)}>`;
    out += text;
  };
  for (const { removed, added, kept } of chunks) {
    const dels = removed
      .filter((atom) => !atom.isSilent)
      .map((atom) => [place(atom.path), atom, 'del'] as const);
    const ins = added.map((atom) => [atom.path, atom, 'ins'] as const);
    const isAddedFirst = ins[0] && dels[0] && shared(ins[0][0]) > shared(dels[0][0]);
    for (const [path, atom, kind] of isAddedFirst ? [...ins, ...dels] : [...dels, ...ins])
      emit(path, atom.text, atom.isSilent ? '' : kind);
    for (const [, now] of kept) emit(now.path, now.text, '');
  }
  emit([], '', '');
  return out;
}

/** Counts the words (and images) added and removed between two versions, for a "+12 −3" beside a version. */
export function diffSummary(before: string, after: string): { added: number; removed: number } {
  const chunks = compare(before, after);
  const count = (side: 'added' | 'removed') =>
    chunks.flatMap((chunk) => chunk[side]).filter((a) => a.isWord).length;
  return { added: count('added'), removed: count('removed') };
}
