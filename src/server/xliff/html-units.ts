// A page body as translation units, and the translated units merged back into the body.
import render from 'dom-serializer';
import type { ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { buildInlineNodes, replaceRun } from './build-inline.ts';
import { collapseSpace, findUnitSites, readRun } from './unit-sites.ts';

/** One piece of a unit's content; the ids are the unit's inline-code ids ("1", "2", … in order). */
export type InlineToken = { text: string } | { open: string } | { close: string } | { placeholder: string };

/** An inline element of the source, which a code stands for. */
export interface InlineCode {
  /** The HTML tag name, e.g. `a` or `strong`. */
  tag: string;
  /** The element's attributes as they are in the source (e.g. `href`). */
  attributes: Readonly<Record<string, string>>;
  /** `paired` for an element with content (open and close), `placeholder` for an empty one (br). */
  kind: 'paired' | 'placeholder';
}

/** A translatable text of a body: a block's inline content (`text`) or an image's text alternative (`alt`). */
export interface SourceUnit {
  id: string;
  kind: 'text' | 'alt';
  tokens: InlineToken[];
  codes: ReadonlyMap<string, InlineCode>;
}

/** What merging translations into a body produced and what it could not use. */
export interface MergeResult {
  html: string;
  /** Units without a (non-empty) translation; they keep the source text. */
  missingUnitIds: string[];
  /** Translations for units the source does not have; they are ignored. */
  unknownUnitIds: string[];
  /** Inline codes in a translation that the source unit does not have (or has as another kind); dropped. */
  unknownCodes: { unitId: string; codeId: string }[];
}

const serializeOptions = { encodeEntities: 'utf8' } as const;

/** Splits a page body into its translation units, with ids that are the same every time for the same HTML. */
export function extractUnits(html: string): SourceUnit[] {
  return findUnitSites(parseDocument(html)).map((site) => {
    if (site.kind === 'alt') {
      const text = collapseSpace(site.image.attribs.alt ?? '');
      return { id: site.id, kind: 'alt', tokens: [{ text }], codes: new Map() };
    }
    return { id: site.id, kind: 'text', ...readRun(site.nodes) };
  });
}

/**
 * Rebuilds the source body with the translated units. Only text comes from the translations: every tag and
 * attribute is taken from the source, so a translation cannot add markup; everything outside the units stays
 * as it is in the source.
 */
export function mergeTranslations(
  sourceHtml: string,
  targets: ReadonlyMap<string, readonly InlineToken[]>,
): MergeResult {
  const document = parseDocument(sourceHtml);
  const sites = findUnitSites(document);
  const missingUnitIds: string[] = [];
  const unknownCodes: MergeResult['unknownCodes'] = [];
  const reportCode = (unitId: string) => (codeId: string) => {
    if (!unknownCodes.some((entry) => entry.unitId === unitId && entry.codeId === codeId))
      unknownCodes.push({ unitId, codeId });
  };
  const translated = sites.filter((site) => {
    const target = targets.get(site.id);
    if (target && hasText(target)) return true;
    missingUnitIds.push(site.id);
    return false;
  });
  // Text alternatives first: an image inside a translated run is then rebuilt with its translated alt.
  for (const site of translated) {
    if (site.kind !== 'alt') continue;
    site.image.attribs.alt = tokensToText(withoutCodes(targets.get(site.id) ?? [], reportCode(site.id)));
  }
  for (const site of translated) {
    if (site.kind !== 'text') continue;
    const { codes } = readRun(site.nodes);
    replaceRun(site.nodes, buildInlineNodes(targets.get(site.id) ?? [], codes, reportCode(site.id)));
  }
  const order = sites.map((site) => site.id);
  unknownCodes.sort((a, b) => order.indexOf(a.unitId) - order.indexOf(b.unitId));
  return {
    html: render(document, serializeOptions),
    missingUnitIds,
    unknownUnitIds: [...targets.keys()].filter((id) => !order.includes(id)),
    unknownCodes,
  };
}

/** The HTML of a unit's content (its source, or the given translation) built from the unit's codes, for previews. */
export function tokensToHtml(unit: SourceUnit, tokens: readonly InlineToken[] = unit.tokens): string {
  const nodes: ChildNode[] = buildInlineNodes(tokens, unit.codes, () => undefined);
  return render(nodes, serializeOptions);
}

/** The plain text of tokens, for previews and text alternatives: codes are left out, placeholders read as a space. */
export function tokensToText(tokens: readonly InlineToken[]): string {
  const text = tokens.map((token) => ('text' in token ? token.text : 'placeholder' in token ? ' ' : ''));
  return collapseSpace(text.join(''));
}

function hasText(tokens: readonly InlineToken[]): boolean {
  return tokens.some((token) => 'text' in token && collapseSpace(token.text) !== '');
}

function withoutCodes(tokens: readonly InlineToken[], onCode: (codeId: string) => void): InlineToken[] {
  return tokens.filter((token) => {
    if ('text' in token) return true;
    onCode('open' in token ? token.open : 'close' in token ? token.close : token.placeholder);
    return false;
  });
}
