// Where the translation units of a body are: the walk over the parsed HTML that extraction and merging
// share, so both always agree on which text is unit `b7`.
import type { ChildNode, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { InlineCode, InlineToken } from './html-units.ts';

/** Elements that end a run of inline content; everything else inside a block is inline. */
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'aside',
  'div',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'figure',
  'figcaption',
  'hr',
  'pre',
]);

/** Inline elements without content; they become placeholders. */
const EMPTY_TAGS = new Set(['br', 'img', 'wbr']);

/** HTML's whitespace, which a browser collapses (not the no-break space). */
const HTML_SPACE = /[ \t\n\r\f]+/g;

/** A run of inline sibling nodes that is translated as one unit. */
export interface TextSite {
  kind: 'text';
  id: string;
  nodes: ChildNode[];
}

/** An image whose text alternative is translated. */
export interface AltSite {
  kind: 'alt';
  id: string;
  image: Element;
}

export type UnitSite = TextSite | AltSite;

/** Finds the units of a parsed body in document order and gives them their ids `b1`, `b2`, …. */
export function findUnitSites(root: ParentNode): UnitSite[] {
  const sites: UnitSite[] = [];
  const nextId = () => `b${sites.length + 1}`;
  const walk = (parent: ParentNode) => {
    let run: ChildNode[] = [];
    const flush = () => {
      if (run.some(hasText)) sites.push({ kind: 'text', id: nextId(), nodes: run });
      for (const image of run.flatMap(findImages)) {
        if (collapseSpace(image.attribs.alt ?? '') !== '') sites.push({ kind: 'alt', id: nextId(), image });
      }
      run = [];
    };
    for (const child of parent.children) {
      if (isTag(child) && BLOCK_TAGS.has(child.name)) {
        flush();
        walk(child);
      } else {
        run.push(child);
      }
    }
    flush();
  };
  walk(root);
  return sites;
}

/** The tokens and inline codes of a run of inline nodes, with HTML whitespace collapsed and trimmed. */
export function readRun(nodes: readonly ChildNode[]): {
  tokens: InlineToken[];
  codes: Map<string, InlineCode>;
} {
  const tokens: InlineToken[] = [];
  const codes = new Map<string, InlineCode>();
  const visit = (node: ChildNode) => {
    if (isText(node)) {
      tokens.push({ text: node.data });
    } else if (isTag(node)) {
      const id = String(codes.size + 1);
      const isEmpty = EMPTY_TAGS.has(node.name);
      codes.set(id, {
        tag: node.name,
        attributes: { ...node.attribs },
        kind: isEmpty ? 'placeholder' : 'paired',
      });
      if (isEmpty) {
        tokens.push({ placeholder: id });
      } else {
        tokens.push({ open: id });
        node.children.forEach(visit);
        tokens.push({ close: id });
      }
    }
  };
  nodes.forEach(visit);
  const breaks = new Set([...codes].filter(([, code]) => code.tag === 'br').map(([id]) => id));
  return { tokens: normalizeSpace(tokens, breaks), codes };
}

/** Collapses HTML whitespace to single spaces and trims the ends. */
export function collapseSpace(text: string): string {
  return text.replace(HTML_SPACE, ' ').trim();
}

/**
 * Collapses whitespace across the tokens as a browser would show it, drops it at both ends and around line
 * breaks, and joins neighbouring texts, so translators see clean segments.
 */
function normalizeSpace(tokens: readonly InlineToken[], breaks: ReadonlySet<string>): InlineToken[] {
  const out: InlineToken[] = [];
  let isAfterSpace = true;
  const trimLastText = () => {
    const last = out.findLast((token) => 'text' in token || 'placeholder' in token);
    if (last && 'text' in last) last.text = last.text.replace(/ $/, '');
  };
  for (const token of tokens) {
    if ('text' in token) {
      let text = token.text.replace(HTML_SPACE, ' ');
      if (isAfterSpace) text = text.replace(/^ /, '');
      if (text === '') continue;
      isAfterSpace = text.endsWith(' ');
      const previous = out.at(-1);
      if (previous && 'text' in previous) previous.text += text;
      else out.push({ text });
    } else {
      if ('placeholder' in token && breaks.has(token.placeholder)) {
        trimLastText();
        isAfterSpace = true;
      }
      out.push({ ...token });
    }
  }
  trimLastText();
  return out.filter((token) => !('text' in token) || token.text !== '');
}

function hasText(node: ChildNode): boolean {
  if (isText(node)) return collapseSpace(node.data) !== '';
  return isTag(node) && node.children.some(hasText);
}

function findImages(node: ChildNode): Element[] {
  if (!isTag(node)) return [];
  if (node.name === 'img') return [node];
  return node.children.flatMap(findImages);
}
