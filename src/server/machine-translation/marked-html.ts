import type { ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Pretranslation } from '../translation-memory/service.ts';
import { tokensToText, type InlineToken } from '../xliff/html-units.ts';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeText(text: string): string {
  return text.replace(/[&<>"]/g, (char) => escapes[char]!);
}

/**
 * A unit's tokens as HTML for a provider: each inline code is a `<span data-c>` (or `<br data-c>`), so the
 * provider keeps formatting in place but never sees the source's addresses, and the answer maps back onto
 * the source's codes.
 */
export function tokensToMarkedHtml(tokens: readonly InlineToken[]): string {
  return tokens
    .map((token) => {
      if ('text' in token) return escapeText(token.text);
      if ('open' in token) return `<span data-c="${escapeText(token.open)}">`;
      if ('close' in token) return '</span>';
      return `<br data-c="${escapeText(token.placeholder)}">`;
    })
    .join('');
}

/** A provider's answer back as tokens; markup it added of its own is dropped, its text kept. */
export function markedHtmlToTokens(html: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const last = tokens.at(-1);
        if (last && 'text' in last) last.text += node.data;
        else tokens.push({ text: node.data });
      } else if (node.type === 'tag') {
        const code = node.attribs['data-c'];
        if (code && node.name === 'br') tokens.push({ placeholder: code });
        else if (code) {
          tokens.push({ open: code });
          walk(node.children);
          tokens.push({ close: code });
        } else walk(node.children);
      }
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children);
  return tokens;
}

/**
 * What a provider is sent of a source text: its paragraphs the memory does not know, then its title when
 * the memory does not know that either. The estimate and the job use this one list.
 */
export function textsToSend(known: Pretranslation, title: string): string[] {
  const texts = known.remaining.map((unit) => tokensToMarkedHtml(unit.tokens));
  if (known.title === undefined) texts.push(tokensToMarkedHtml([{ text: title }]));
  return texts;
}

/** The plain text of a provider's answer (a title), trimmed; undefined when it is empty. */
export function markedHtmlToText(html: string): string | undefined {
  return tokensToText(markedHtmlToTokens(html)).trim() || undefined;
}
