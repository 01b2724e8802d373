// A small HTML fragment tokenizer: enough to tell text from markup and to find text that must stay as it is.

/** A piece of an HTML fragment: markup (a tag, comment or doctype) or the text between markup. */
interface HtmlToken {
  kind: 'markup' | 'text';
  value: string;
}

const MARKUP = /<!--[\s\S]*?-->|<![^>]*>|<\/?[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose text translation services leave alone (besides translate="no" and class="notranslate"). */
const UNTRANSLATED_ELEMENTS = new Set(['code', 'script', 'style']);

/** Splits an HTML fragment into markup and text, in order; joining the values gives the fragment back. */
function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let last = 0;
  for (const match of html.matchAll(MARKUP)) {
    if (match.index > last) tokens.push({ kind: 'text', value: html.slice(last, match.index) });
    tokens.push({ kind: 'markup', value: match[0] });
    last = match.index + match[0].length;
  }
  if (last < html.length) tokens.push({ kind: 'text', value: html.slice(last) });
  return tokens;
}

/** The number of Unicode code points of the text of an HTML fragment (tags not counted, entities as one). */
export function htmlTextLength(html: string): number {
  return tokenizeHtml(html)
    .filter((token) => token.kind === 'text')
    .reduce((sum, token) => sum + [...token.value.replace(ENTITY, '_')].length, 0);
}

/**
 * Rewrites the text of an HTML fragment that a translation service would translate, leaving markup and
 * the text of translate="no", class="notranslate", code, script and style elements as they are.
 */
export function mapTranslatableText(html: string, rewrite: (text: string) => string): string {
  const open: { name: string; isKept: boolean }[] = [];
  return tokenizeHtml(html)
    .map((token) => {
      const isKept = open.at(-1)?.isKept ?? false;
      if (token.kind === 'text') return isKept ? token.value : rewrite(token.value);
      const tag = /^<(\/?)([A-Za-z][^\s/>]*)/.exec(token.value);
      const name = tag?.[2]?.toLowerCase();
      if (!tag || !name) return token.value;
      if (tag[1] === '/') {
        const at = open.map((element) => element.name).lastIndexOf(name);
        if (at >= 0) open.length = at;
      } else if (!VOID_ELEMENTS.has(name) && !token.value.endsWith('/>')) {
        open.push({
          name,
          isKept: isKept || UNTRANSLATED_ELEMENTS.has(name) || isMarkedNoTranslate(token.value),
        });
      }
      return token.value;
    })
    .join('');
}

function isMarkedNoTranslate(tag: string): boolean {
  return (
    /\stranslate\s*=\s*["']?no["'\s/>]/i.test(tag) || /\sclass\s*=\s*["'][^"']*\bnotranslate\b/i.test(tag)
  );
}

/** Escapes plain text for use as the text of an HTML element. */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
