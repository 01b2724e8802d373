import { LIMITS } from './limits.ts';

/**
 * Turns a title into a URL slug in its own script: letters and digits of any language are kept (Arabic,
 * Cyrillic, …), everything else becomes a single `-`. Latin letters are lower-cased.
 */
export function slugify(title: string): string {
  return title
    .normalize('NFC')
    .toLocaleLowerCase('und')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.slugLength)
    .replace(/-+$/, '');
}

/** Whether a string is already a slug as `slugify` makes them. */
export function isSlug(value: string): boolean {
  return value.length > 0 && value.length <= LIMITS.slugLength && slugify(value) === value;
}
