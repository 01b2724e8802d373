// Shields glossary terms from machine translation: both DeepL (tag_handling=html) and LibreTranslate
// (format=html, through argos translate-html) leave the text of translate="no" elements untouched.
import { escapeHtmlText, mapTranslatableText } from './html-tokens.ts';

/** A term to shield: each whole-word occurrence of `term` is sent as `replacement`, untranslated. */
export interface ShieldedTerm {
  term: string;
  replacement: string;
}

const MARKER = 'data-lotse-term="1"';
const SHIELD = /<span\b[^>]*\bdata-lotse-term\s*=\s*["']?1["']?[^>]*>([\s\S]*?)<\/span>/g;
const WORD = '[\\p{L}\\p{M}\\p{N}_]';

/**
 * Wraps whole-word occurrences of the terms in the translatable text of an HTML fragment in
 * `<span translate="no" data-lotse-term="1">`, with the term's replacement as content. Markup, attribute
 * values and text the services leave alone anyway (translate="no", code, script, style) are not touched.
 */
export function shieldTerms(html: string, terms: readonly ShieldedTerm[]): string {
  const byHtml = new Map<string, string>();
  for (const { term, replacement } of terms) {
    const key = escapeHtmlText(term.trim());
    if (key !== '' && !byHtml.has(key)) byHtml.set(key, escapeHtmlText(replacement.trim()));
  }
  if (byHtml.size === 0) return html;
  const alternatives = [...byHtml.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<!${WORD})(?:${alternatives.join('|')})(?!${WORD})`, 'gu');
  return mapTranslatableText(html, (text) =>
    text.replace(pattern, (found) => `<span translate="no" ${MARKER}>${byHtml.get(found) ?? found}</span>`),
  );
}

/** Removes the spans `shieldTerms` added (and only those), keeping their content. */
export function unshieldTerms(html: string): string {
  return html.replace(SHIELD, '$1');
}
