import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import render from 'dom-serializer';
import { isTag, isText } from 'domhandler';
import type { AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { extractUnits, mergeTranslations } from './html-units.ts';
import { readXliff } from './read-xliff.ts';
import { writeXliff } from './write-xliff.ts';

const page = readFileSync(new URL('./fixtures/page-12.html', import.meta.url), 'utf8');

/** The "translation": upper case for text, leaving entity references alone. */
const translate = (text: string) =>
  text.replace(/&[a-z]+;|[^&]+/g, (part) => (part.startsWith('&') ? part : part.toUpperCase()));

/** HTML without the whitespace a browser ignores: collapsed, and none next to the tags of blocks. */
function comparable(html: string): string {
  const blockTag = /\s?(<\/?(?:p|h2|h3|ul|li|table|tbody|tr|th|td|figure|figcaption|aside|img)\b[^>]*>)\s?/g;
  return html.replace(/\s+/g, ' ').replace(blockTag, '$1').trim();
}

/** The source page with every text and text alternative translated, as the merge should produce it. */
function expectedPage(): string {
  const document = parseDocument(page);
  const visit = (node: AnyNode) => {
    if (isText(node)) node.data = node.data.toUpperCase();
    if (isTag(node)) {
      if (node.attribs.alt) node.attribs.alt = node.attribs.alt.toUpperCase();
      node.children.forEach(visit);
    }
  };
  document.children.forEach(visit);
  return render(document, { encodeEntities: 'utf8' });
}

describe('round trip: extract, write, translate in the XML, read, merge', () => {
  for (const version of ['2.0', '1.2'] as const) {
    it(`keeps links, bold, line breaks, lists, tables and images in XLIFF ${version}`, () => {
      const xml = writeXliff({
        version,
        sourceLanguage: 'de',
        targetLanguage: 'fr',
        files: [
          {
            pageId: 12,
            sourceVersionId: 345,
            title: { source: 'Wohnung anmelden', target: 'Wohnung anmelden' },
            units: extractUnits(page).map((unit) => ({ unit, target: unit.tokens })),
          },
        ],
      });
      const translated = xml.replace(
        /<target( [^>]*)?>([\s\S]*?)<\/target>/g,
        (_match, attributes: string | undefined, content: string) =>
          `<target${attributes ?? ''}>${content.replace(/(^|>)([^<]+)/g, (_m, end: string, text: string) => end + translate(text))}</target>`,
      );
      assert.notEqual(translated, xml);

      const doc = readXliff(translated);
      assert.deepEqual([doc.version, doc.targetLanguage], [version, 'fr']);
      const [file] = doc.files;
      assert.deepEqual([file?.pageId, file?.sourceVersionId], [12, 345]);
      assert.deepEqual(file?.title, { source: 'Wohnung anmelden', target: 'WOHNUNG ANMELDEN' });
      const targets = new Map(file?.units.map((unit) => [unit.id, unit.target ?? []]));
      const merged = mergeTranslations(page, targets);

      assert.equal(comparable(merged.html), comparable(expectedPage()));
      assert.match(merged.html, /<a href="lotse:page\/42">BÜRGERBÜRO<\/a>/);
      assert.deepEqual([merged.missingUnitIds, merged.unknownUnitIds, merged.unknownCodes], [[], [], []]);
    });
  }
});
