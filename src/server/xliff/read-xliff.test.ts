import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { InlineToken } from './html-units.ts';
import { extractUnits, mergeTranslations } from './html-units.ts';
import type { XliffImport } from './model.ts';
import { XliffError, readXliff } from './read-xliff.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const page = fixture('page-12.html');

function targetsOf(doc: XliffImport): Map<string, InlineToken[]> {
  return new Map(
    doc.files[0]?.units.flatMap((unit) => (unit.target ? [[unit.id, unit.target] as const] : [])),
  );
}

/** The problems `xml` is rejected with. */
function problemsOf(xml: string): string[] {
  try {
    readXliff(xml);
  } catch (error) {
    if (error instanceof XliffError) return error.problems;
    throw error;
  }
  assert.fail('the file was accepted');
}

const xliff20 = (units: string, file = 'id="page-12" original="lotse:page/12@v345"') =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file ${file}>${units}</file></xliff>`;

describe('readXliff with files as CAT tools return them', () => {
  it('reads XLIFF 2.0 with segments, <sc>/<ec>, <mrk>, states and untranslated units', () => {
    const doc = readXliff(fixture('page-2.0.xlf'));
    assert.deepEqual([doc.version, doc.sourceLanguage, doc.targetLanguage], ['2.0', 'de', 'en-GB']);
    const [file] = doc.files;
    assert.deepEqual([file?.pageId, file?.sourceVersionId], [12, 345]);
    assert.deepEqual(file?.title, { source: 'Wohnung anmelden', target: 'Registering your home' });
    assert.deepEqual(
      file?.units.map((unit) => unit.id),
      extractUnits(page).map((unit) => unit.id),
    );
    const merged = mergeTranslations(page, targetsOf(doc));
    assert.deepEqual(merged.missingUnitIds, ['b12', 'b14'], 'state initial and no target are untranslated');
    assert.match(
      merged.html,
      /<p>Anyone moving to <strong>Musterstadt<\/strong> must register within <em>two weeks<\/em>\.<br>You can do this at the <a href="lotse:page\/42">Citizens’ Office<\/a>\.<\/p>/,
    );
    assert.match(
      merged.html,
      /Bring the <a href="https:\/\/www.musterstadt.example\/formulare\/anmeldung.pdf"/,
    );
    assert.match(merged.html, /<li>\s*<p>For children:<\/p>\s*<ul>\s*<li><p>Birth certificate<\/p>/);
    assert.match(
      merged.html,
      /<p>Questions\? Call <a href="tel:\+4930123456">030 123456<\/a> or <a href="mailto:/,
    );
    assert.match(merged.html, /<h2>Registering your home<\/h2>/, 'whitespace around a target is dropped');
  });

  it('reads XLIFF 1.2 with seg-source, <mrk mtype="seg">, <bpt>/<ept>, <bx>/<ex>, groups and states', () => {
    const doc = readXliff(fixture('page-1.2.xlf'));
    assert.deepEqual([doc.version, doc.sourceLanguage, doc.targetLanguage], ['1.2', 'de-DE', 'uk-UA']);
    const [file] = doc.files;
    assert.deepEqual([file?.pageId, file?.sourceVersionId], [12, 345]);
    assert.equal(file?.title?.target, 'Реєстрація житла');
    const merged = mergeTranslations(page, targetsOf(doc));
    assert.deepEqual(merged.missingUnitIds, ['b12', 'b14'], 'state new and an empty target are untranslated');
    assert.match(
      merged.html,
      /Хто переїжджає до <strong>Мустерштадта<\/strong>.*<br>Це можна зробити в <a href="lotse:page\/42">/,
    );
    assert.match(
      merged.html,
      /Візьміть із собою <a href="https:[^"]+" rel="noopener noreferrer">підтвердження орендодавця<\/a>\./,
    );
    assert.match(
      merged.html,
      /<aside class="warning">Без реєстрації <b>немає<\/b> податкового номера\.<\/aside>/,
    );
    assert.match(merged.html, /alt="Вхід до Бюро громадян"/);
  });
});

describe('readXliff and untranslated units', () => {
  it('treats missing, empty and initial targets as untranslated, not as problems', () => {
    const segment = (target: string, state = 'translated') =>
      `<segment state="${state}"><source>Text</source>${target}</segment>`;
    const doc = readXliff(
      xliff20(
        `<unit id="b1">${segment('')}</unit><unit id="b2">${segment('<target/>')}</unit>` +
          `<unit id="b3">${segment('<target> \n </target>')}</unit>` +
          `<unit id="b4">${segment('<target>Text</target>', 'initial')}</unit>` +
          `<unit id="b5">${segment('<target>Text</target>')}${segment('')}</unit>` +
          `<unit id="b6">${segment('<target>Line</target>')}<segment><source><ph id="1"/></source></segment></unit>`,
      ),
    );
    assert.deepEqual(
      doc.files[0]?.units.map((unit) => [unit.id, unit.target]),
      [
        ['b1', undefined],
        ['b2', undefined],
        ['b3', undefined],
        ['b4', undefined],
        ['b5', undefined],
        ['b6', [{ text: 'Line' }, { placeholder: '1' }]],
      ],
    );
  });
});

describe('readXliff finds problems', () => {
  it('lists every problem of a file, naming unit, page and line', () => {
    const problems = problemsOf(
      xliff20(
        `<unit id="b1"><segment><source>a</source><target><pc>x</pc> <ec/></target></segment></unit>` +
          `<unit><segment><source>b</source></segment></unit>` +
          `<unit id="b1"><segment><source>c</source><target><foo>c</foo></target></segment></unit>` +
          `<unit id="b3"></unit>`,
      ),
    );
    assert.deepEqual(problems, [
      'Unit "b1" in page-12 (line 1): <pc> without id.',
      'Unit "b1" in page-12 (line 1): <ec> without startRef.',
      'Line 1: a <unit> in page-12 has no id.',
      'Line 1: unit "b1" appears twice in page-12.',
      'Unit "b1" in page-12 (line 1): unexpected element <foo>.',
      'Unit "b3" in page-12 (line 1): it has no <segment>.',
    ]);
  });

  it('rejects files that are not Lotse pages or do not record their source version', () => {
    const unit = '<unit id="b1"><segment><source>a</source></segment></unit>';
    assert.deepEqual(problemsOf(xliff20(unit, 'id="f1" original="wohnen.html"')), [
      'Line 1: the <file> "wohnen.html" is not a Lotse page: its id should be "page-<number>".',
      'Line 1: the <file> does not record the source version it was made from (original="lotse:page/<number>@v<version>").',
    ]);
    assert.deepEqual(problemsOf(xliff20(unit, 'id="page-12" original="lotse:page/13@v2"')), [
      'Line 1: the <file> names different pages: 12, 13.',
    ]);
  });

  it('requires both languages, and one language pair', () => {
    const xml =
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">' +
      '<file original="lotse:page/1@v1" source-language="de"><body/></file>' +
      '<file original="lotse:page/2@v1" source-language="de" target-language="en"><body/></file></xliff>';
    assert.deepEqual(problemsOf(xml), [
      'Line 1: <file> does not say the language translated into (target-language).',
      'The files in it are in different languages; one import holds one language pair.',
    ]);
  });

  it('maps 1.2 <it> by pos and reports one without', () => {
    const xml = (target: string) =>
      '<xliff version="1.2"><file original="lotse:page/1@v1" source-language="de" target-language="fa"><body>' +
      `<trans-unit id="b1"><source><g id="1">a</g></source><target>${target}</target></trans-unit></body></file></xliff>`;
    const doc = readXliff(xml('<it id="1" pos="open"/>الف<it id="1" pos="close"/>'));
    assert.deepEqual(doc.files[0]?.units[0]?.target, [{ open: '1' }, { text: 'الف' }, { close: '1' }]);
    assert.deepEqual(problemsOf(xml('<it id="1"/>الف')), [
      'Unit "b1" in page-1 (line 1): unexpected element <it> without pos="open" or pos="close".',
    ]);
  });

  it('reads 2.0 copied codes (copyOf), isolated codes and <cp>', () => {
    const doc = readXliff(
      xliff20(
        '<unit id="b1"><segment><source><pc id="1">a</pc></source><target><pc id="5" copyOf="1">A</pc>' +
          '<sc id="6" copyOf="1"/>B<ec startRef="6"/><sc id="1" isolated="yes"/>C<cp hex="0001"/><cp hex="00E4"/>' +
          '</target></segment></unit>',
      ),
    );
    assert.deepEqual(doc.files[0]?.units[0]?.target, [
      { open: '1' },
      { text: 'A' },
      { close: '1' },
      { open: '1' },
      { text: 'B' },
      { close: '1' },
      { open: '1' },
      { text: 'Cä' },
    ]);
  });
});
