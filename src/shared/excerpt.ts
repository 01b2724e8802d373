import { LIMITS } from './limits.ts';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of HTML: tags dropped, common entities decoded, white space folded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d|\/td|\/th)\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, entity: string) => decodeEntity(entity) ?? match)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The start of a text for lists and previews, cut at a word boundary. */
export function htmlToExcerpt(html: string, maxLength: number = LIMITS.excerptLength): string {
  const text = htmlToText(html);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function decodeEntity(entity: string): string | undefined {
  if (!entity.startsWith('#')) return entities[entity.toLowerCase()];
  const codePoint = /^#x/i.test(entity) ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
  return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : undefined;
}
