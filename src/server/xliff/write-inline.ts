// A unit's content as XLIFF inline markup: paired codes as <pc>/<g>, empty ones as <ph>/<x>.
import { balanceTokens } from './balance-tokens.ts';
import type { InlineCode, InlineToken } from './html-units.ts';
import type { XliffVersion } from './model.ts';
import { xmlAttributes, xmlText } from './xml-text.ts';

/** How each HTML element is described: XLIFF 2.0 `type`/`subType`, XLIFF 1.2 `ctype`. */
const KINDS: Record<string, { type: string; subType?: string; ctype: string }> = {
  strong: { type: 'fmt', subType: 'xlf:b', ctype: 'bold' },
  b: { type: 'fmt', subType: 'xlf:b', ctype: 'bold' },
  em: { type: 'fmt', subType: 'xlf:i', ctype: 'italic' },
  i: { type: 'fmt', subType: 'xlf:i', ctype: 'italic' },
  u: { type: 'fmt', subType: 'xlf:u', ctype: 'underlined' },
  a: { type: 'link', ctype: 'link' },
  br: { type: 'fmt', subType: 'xlf:lb', ctype: 'lb' },
  img: { type: 'image', ctype: 'image' },
};

/**
 * The XML of tokens inside `<source>` or `<target>`. Codes are written as the unit has them (balanced first,
 * so the XML is always well-formed); the original tag is shown to translators in `dispStart`/`disp` (2.0).
 */
export function inlineXml(
  tokens: readonly InlineToken[],
  codes: ReadonlyMap<string, InlineCode>,
  version: XliffVersion,
): string {
  return balanceTokens(tokens, codes, () => undefined)
    .map((token) => {
      if ('text' in token) return xmlText(token.text);
      if ('close' in token) return version === '2.0' ? '</pc>' : '</g>';
      const id = 'open' in token ? token.open : token.placeholder;
      const code = codes.get(id) as InlineCode;
      return 'open' in token ? openXml(id, code, version) : placeholderXml(id, code, version);
    })
    .join('');
}

function openXml(id: string, code: InlineCode, version: XliffVersion): string {
  const kind = KINDS[code.tag] ?? { type: 'fmt', ctype: `x-html-${code.tag}` };
  if (version === '1.2') return `<g${xmlAttributes({ id, ctype: kind.ctype })}>`;
  const href = code.tag === 'a' ? code.attributes.href : undefined;
  const dispStart = href === undefined ? `<${code.tag}>` : `<a href="${href}">`;
  const { type, subType } = kind;
  return `<pc${xmlAttributes({ id, type, subType, dispStart, dispEnd: `</${code.tag}>` })}>`;
}

function placeholderXml(id: string, code: InlineCode, version: XliffVersion): string {
  const kind = KINDS[code.tag] ?? { type: 'fmt', ctype: `x-html-${code.tag}` };
  if (version === '1.2') return `<x${xmlAttributes({ id, ctype: kind.ctype })}/>`;
  return `<ph${xmlAttributes({ id, type: kind.type, subType: kind.subType, disp: `<${code.tag}>` })}/>`;
}
