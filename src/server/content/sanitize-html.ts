import sanitize from 'sanitize-html';
import { isMediaPath } from '../../shared/media.ts';

const allowedTags = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'blockquote',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'caption',
  'img',
  'figure',
  'figcaption',
  'aside',
  'hr',
  'code',
];

const internalLinkPattern = /^lotse:page\/\d+$/;

const options: sanitize.IOptions = {
  allowedTags,
  allowedAttributes: {
    a: ['href', 'title', 'hreflang', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    aside: ['class'],
    ol: ['start'],
  },
  allowedClasses: { aside: ['info', 'warning'] },
  // `lotse:page/<id>` is a link to another page; it is resolved to the page's address when published.
  allowedSchemes: ['https', 'http', 'mailto', 'tel', 'lotse'],
  // Images only from this site's uploads (`/media/…`): an outside address would tell another server who
  // reads which page.
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  exclusiveFilter: (frame) => frame.tag === 'img' && !isMediaPath(frame.attribs.src ?? ''),
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => {
      const { href = '', ...rest } = attribs;
      if (/^lotse:/i.test(href) && !internalLinkPattern.test(href)) return { tagName, attribs: rest };
      return {
        tagName,
        attribs: /^https?:/i.test(href) ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
      };
    },
  },
};

/**
 * Makes user-written HTML safe to publish: only an allowlist of tags and attributes survives; scripts,
 * event handlers, styles, iframes and `javascript:` URLs are removed, and so are images from other sites.
 */
export function sanitizeContentHtml(html: string): string {
  return sanitize(html, options).trim();
}

/** The images in sanitised HTML, in order, with their address and text alternative (empty when missing). */
export function listImages(cleanHtml: string): { src: string; alt: string }[] {
  const images: { src: string; alt: string }[] = [];
  sanitize(cleanHtml, {
    allowedTags: [],
    allowedAttributes: {},
    transformTags: {
      img: (tagName, attribs) => {
        images.push({ src: attribs.src ?? '', alt: attribs.alt ?? '' });
        return { tagName, attribs };
      },
    },
  });
  return images;
}
