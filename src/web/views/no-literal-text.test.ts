import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const viewsDir = new URL('./', import.meta.url);
const allowed = new Set(['Lotse']);

/** Text a person would read that is written into a view instead of coming from the message catalogs. */
function literalTexts(source: string): string[] {
  const code = source
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/=>/g, ' ');
  const betweenTags = [...code.matchAll(/>([^<>{}]*\p{L}[^<>{}]*)</gu)].map((match) => match[1]!.trim());
  const accessibleNames = [
    ...code.matchAll(/\b(?:aria-label|title|alt|placeholder)="([^"]*\p{L}[^"]*)"/gu),
  ].map((match) => match[1]!);
  return [...betweenTags, ...accessibleNames].filter((text) => text !== '' && !allowed.has(text));
}

describe('views', () => {
  it('take every text a person reads from the message catalogs', () => {
    const views = readdirSync(viewsDir).filter((name) => name.endsWith('.tsx'));
    assert.ok(views.length >= 6);
    for (const name of views) {
      assert.deepEqual(literalTexts(readFileSync(new URL(name, viewsDir), 'utf8')), [], name);
    }
  });

  it('would notice a hard-coded string', () => {
    assert.deepEqual(literalTexts('<p>Hallo</p><button aria-label="Close">{t("x")}</button>'), [
      'Hallo',
      'Close',
    ]);
  });
});
