import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractUnits } from './html-units.ts';
import type { XliffExport, XliffVersion } from './model.ts';
import { parseXml } from './parse-xml.ts';
import { readXliff } from './read-xliff.ts';
import { writeXliff } from './write-xliff.ts';

const body =
  '<p>Die <strong>Beratung</strong> &amp; <em>Hilfe</em>:<br><a href="https://stadt.example/?a=1&amp;b=2">hier</a> <code>A&lt;B</code></p>' +
  '<img src="/media/stadt/1/a.png" alt="Ein &quot;Bild&quot;">';

function exportOf(version: XliffVersion, title = 'Beratung & Hilfe'): XliffExport {
  return {
    version,
    sourceLanguage: 'de',
    targetLanguage: 'ar',
    files: [
      {
        pageId: 12,
        sourceVersionId: 345,
        note: '/stadt/de/beratung',
        title: { source: title },
        units: extractUnits(body).map((unit) => ({ unit })),
      },
    ],
  };
}

describe('writeXliff', () => {
  it('writes XLIFF 2.0 with languages, page file, source version and inline codes', () => {
    const xml = writeXliff(exportOf('2.0'));
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<xliff '));
    assert.match(
      xml,
      /xmlns="urn:oasis:names:tc:xliff:document:2.0"[^>]* version="2.0" srcLang="de" trgLang="ar"/,
    );
    assert.match(xml, /<file id="page-12" original="lotse:page\/12@v345">/);
    assert.match(xml, /<mda:meta type="source-version-id">345<\/mda:meta>/);
    assert.match(xml, /<note category="location">\/stadt\/de\/beratung<\/note>/);
    assert.match(xml, /<unit id="title">[\s\S]*<source>Beratung &amp; Hilfe<\/source>/);
    assert.match(
      xml,
      /<pc id="1" type="fmt" subType="xlf:b" dispStart="&lt;strong&gt;" dispEnd="&lt;\/strong&gt;">/,
    );
    assert.match(xml, /<ph id="3" type="fmt" subType="xlf:lb" disp="&lt;br&gt;"\/>/);
    assert.match(
      xml,
      /<pc id="4" type="link" dispStart="&lt;a href=&quot;https:\/\/stadt.example\/\?a=1&amp;b=2&quot;&gt;"/,
    );
    assert.match(xml, /<pc id="5" type="fmt" dispStart="&lt;code&gt;" dispEnd="&lt;\/code&gt;">A&lt;B<\/pc>/);
    assert.match(xml, /<unit id="b2">[\s\S]*<note>The text alternative of an image/);
    assert.match(xml, /<source>Ein "Bild"<\/source>/);
    parseXml(xml, { maxBytes: 1e6 });
  });

  it('writes XLIFF 1.2 with the page and source version in original, and <g>/<x> codes', () => {
    const xml = writeXliff(exportOf('1.2'));
    assert.match(xml, /<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">/);
    assert.match(
      xml,
      /<file original="lotse:page\/12@v345" datatype="html" source-language="de" target-language="ar">/,
    );
    assert.match(xml, /<header>\s*<note>\/stadt\/de\/beratung<\/note>\s*<\/header>/);
    assert.match(
      xml,
      /<trans-unit id="b1">\s*<source>Die <g id="1" ctype="bold">Beratung<\/g> &amp; <g id="2" ctype="italic">Hilfe<\/g>:<x id="3" ctype="lb"\/><g id="4" ctype="link">hier<\/g> <g id="5" ctype="x-html-code">A&lt;B<\/g><\/source>/,
    );
    parseXml(xml, { maxBytes: 1e6 });
  });

  it('drops characters XML cannot hold and keeps the file well-formed', () => {
    for (const version of ['1.2', '2.0'] as const) {
      const xml = writeXliff(exportOf(version, 'Titel\u0001\u0008\uFFFE\uD800 mit <Zeichen> & "Quote" 👍'));
      const doc = readXliff(xml);
      assert.equal(doc.files[0]?.title?.source, 'Titel mit <Zeichen> & "Quote" 👍');
    }
  });

  it('writes given translations as targets marked translated, with codes balanced', () => {
    const file = exportOf('2.0').files[0];
    assert.ok(file);
    file.title.target = 'استشارة';
    const [first] = file.units;
    assert.ok(first);
    first.target = [{ open: '1' }, { text: 'نص' }, { open: '2' }, { close: '1' }, { open: '9' }];
    for (const version of ['1.2', '2.0'] as const) {
      const xml = writeXliff({ ...exportOf(version), files: [file] });
      assert.match(xml, version === '2.0' ? /<segment state="translated">/ : /<target state="translated">/);
      const units = readXliff(xml).files[0]?.units;
      assert.deepEqual(units?.[0]?.target, [{ open: '1' }, { text: 'نص' }, { close: '1' }]);
      assert.equal(units?.[1]?.target, undefined);
    }
  });
});
