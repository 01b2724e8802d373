import render from 'dom-serializer';
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { LIMITS } from '../../shared/limits.ts';

/** An external link as the checker keeps it: the address as written, and the host it goes to. */
export interface ExternalLink {
  url: string;
  host: string;
}

/**
 * The links of a text that lead to other web sites, each once: absolute http(s) addresses, except those of
 * the installation itself (`ownOrigin`). Mail and phone links, links between pages and overlong or
 * malformed addresses are left out.
 */
export function listExternalLinks(html: string, ownOrigin: string): ExternalLink[] {
  const links = new Map<string, ExternalLink>();
  for (const href of hrefsOf(html)) {
    if (links.has(href) || href.length > LIMITS.linkUrlLength || !/^https?:\/\//i.test(href)) continue;
    const parsed = URL.canParse(href) ? new URL(href) : undefined;
    if (!parsed || parsed.origin === ownOrigin) continue;
    links.set(href, { url: href, host: parsed.host });
  }
  return [...links.values()];
}

/** Whether a text has a link to exactly this address. */
export function hasLinkTo(html: string, url: string): boolean {
  return hrefsOf(html).includes(url);
}

/** The text with every link to `from` leading to `to` instead; everything else stays as it was. */
export function replaceLinkTarget(html: string, from: string, to: string): string {
  const document = parseDocument(html, { decodeEntities: true });
  for (const anchor of anchorsIn(document.children)) {
    if (anchor.attribs.href === from) anchor.attribs.href = to;
  }
  return render(document, { encodeEntities: 'utf8' });
}

/**
 * A piece of the address as it stands in stored HTML whatever the attribute escaping (everything before
 * the first character that HTML may escape), for the database to narrow down which texts to read.
 */
export function storedFormPrefix(url: string): string {
  return url.split(/[&<>"']/)[0] ?? '';
}

function hrefsOf(html: string): string[] {
  return anchorsIn(parseDocument(html, { decodeEntities: true }).children).flatMap((anchor) =>
    anchor.attribs.href === undefined ? [] : [anchor.attribs.href],
  );
}

function anchorsIn(nodes: readonly ChildNode[]): Element[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'tag') return [];
    const inside = anchorsIn(node.children);
    return node.name === 'a' ? [node, ...inside] : inside;
  });
}
