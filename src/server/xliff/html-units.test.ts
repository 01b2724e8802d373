import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { InlineToken } from './html-units.ts';
import { extractUnits, mergeTranslations, tokensToHtml, tokensToText } from './html-units.ts';

const page = readFileSync(new URL('./fixtures/page-12.html', import.meta.url), 'utf8');

/** A unit's content in a short notation: codes as {1} … {/1} and {ph2}. */
function notation(tokens: readonly InlineToken[]): string {
  return tokens
    .map((token) =>
      'text' in token
        ? token.text
        : 'open' in token
          ? `{${token.open}}`
          : 'close' in token
            ? `{/${token.close}}`
            : `{ph${token.placeholder}}`,
    )
    .join('');
}

describe('extractUnits', () => {
  it('finds the texts of a realistic page in document order, with stable ids', () => {
    const units = extractUnits(page);
    assert.deepEqual(
      units.map((unit) => [unit.id, unit.kind, notation(unit.tokens)]),
      [
        ['b1', 'text', 'Anmeldung der Wohnung'],
        [
          'b2',
          'text',
          'Wer nach {1}Musterstadt{/1} zieht, muss sich innerhalb von {2}zwei Wochen{/2} anmelden.{ph3}Das geht im {4}Bürgerbüro{/4}.',
        ],
        ['b3', 'text', 'Bringen Sie die {1}Wohnungsgeberbestätigung{/1} mit.'],
        ['b4', 'text', 'Was Sie brauchen'],
        ['b5', 'text', 'Reisepass oder Personalausweis'],
        ['b6', 'text', 'Für Kinder:'],
        ['b7', 'text', 'Geburtsurkunde'],
        ['b8', 'text', 'Kinderreisepass'],
        ['b9', 'text', 'Montag'],
        ['b10', 'text', '8–12 Uhr'],
        ['b11', 'text', 'Donnerstag'],
        ['b12', 'text', '14–18 Uhr'],
        ['b13', 'alt', 'Eingang des Bürgerbüros'],
        ['b14', 'text', 'Das Bürgerbüro am Markt'],
        ['b15', 'text', 'Ohne Anmeldung gibt es {1}keine{/1} Steuer-ID.'],
        ['b16', 'text', 'Fragen? {1}Schreiben Sie uns{/1} oder rufen Sie {2}030 123456{/2} an.'],
      ],
    );
    assert.deepEqual(extractUnits(page), units, 'the same HTML always gives the same units');
  });

  it('records the original inline elements as codes', () => {
    const [, paragraph, infoBox] = extractUnits(page);
    assert.deepEqual(paragraph?.codes.get('1'), { tag: 'strong', attributes: {}, kind: 'paired' });
    assert.deepEqual(paragraph?.codes.get('3'), { tag: 'br', attributes: {}, kind: 'placeholder' });
    assert.deepEqual(paragraph?.codes.get('4'), {
      tag: 'a',
      attributes: { href: 'lotse:page/42' },
      kind: 'paired',
    });
    assert.equal(infoBox?.codes.get('1')?.attributes.rel, 'noopener noreferrer');
  });

  it('gives a list item only its own text, and text directly in a box its own unit', () => {
    const units = extractUnits(
      '<ul><li>Eins<ul><li>Eins-a</li></ul>weiter</li></ul><blockquote>Zitat<p>Absatz</p></blockquote>',
    );
    assert.deepEqual(
      units.map((unit) => notation(unit.tokens)),
      ['Eins', 'Eins-a', 'weiter', 'Zitat', 'Absatz'],
    );
  });

  it('skips blocks with only whitespace or markup, and collapses whitespace', () => {
    const units = extractUnits('<p>  </p><p><strong> </strong><br></p><p>\n  Zwei\n  Wörter <br>\n neu </p>');
    assert.deepEqual(
      units.map((unit) => notation(unit.tokens)),
      ['Zwei Wörter{ph1}neu'],
    );
  });
});

describe('mergeTranslations', () => {
  const translate = (units: ReturnType<typeof extractUnits>) =>
    new Map(
      units.map((unit) => [unit.id, unit.tokens.map((t) => ('text' in t ? { text: `[${t.text}]` } : t))]),
    );

  it('replaces only the text and keeps structure, links, images and classes', () => {
    const { html, missingUnitIds, unknownUnitIds, unknownCodes } = mergeTranslations(
      page,
      translate(extractUnits(page)),
    );
    assert.match(html, /<h2>\[Anmeldung der Wohnung\]<\/h2>/);
    assert.match(html, /<a href="lotse:page\/42">\[Bürgerbüro\]<\/a>/);
    assert.match(
      html,
      /<aside class="info">\s*<p>\[Bringen Sie die \]<a href="https:[^"]+" rel="noopener noreferrer">/,
    );
    assert.match(html, /<ul>\s*<li><p>\[Geburtsurkunde\]<\/p><\/li>/);
    assert.match(html, /<tr>\s*<th><p>\[Montag\]<\/p><\/th>\s*<td><p>\[8–12 Uhr\]<\/p><\/td>\s*<\/tr>/);
    assert.match(
      html,
      /<img src="\/media\/musterstadt\/7\/buergerbuero.jpg" alt="\[Eingang des Bürgerbüros\]"/,
    );
    assert.deepEqual([missingUnitIds, unknownUnitIds, unknownCodes], [[], [], []]);
  });

  it('takes tags and attributes from the source only: a translation cannot add markup', () => {
    const source = '<p>Siehe <a href="https://stadt.example/">hier</a>.</p>';
    const targets = new Map<string, InlineToken[]>([
      [
        'b1',
        [
          { text: 'See <a href="javascript:alert(1)">' },
          { open: '1' },
          { text: 'here' },
          { close: '1' },
          { open: '7' },
          { text: '<script>alert(1)</script>' },
          { close: '7' },
        ],
      ],
    ]);
    const result = mergeTranslations(source, targets);
    assert.equal(
      result.html,
      '<p>See &lt;a href="javascript:alert(1)"&gt;<a href="https://stadt.example/">here</a>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
    assert.deepEqual(result.unknownCodes, [{ unitId: 'b1', codeId: '7' }]);
  });

  it('repairs codes that overlap, are never closed or closed without opening', () => {
    const source = '<p><b>fett</b> und <i>kursiv</i></p>';
    const targets = new Map<string, InlineToken[]>([
      [
        'b1',
        [{ close: '2' }, { open: '1' }, { text: 'bold ' }, { open: '2' }, { text: 'both' }, { close: '1' }],
      ],
    ]);
    assert.equal(mergeTranslations(source, targets).html, '<p><b>bold <i>both</i></b></p>');
    const reopened = new Map<string, InlineToken[]>([
      ['b1', [{ open: '1' }, { open: '2' }, { text: 'a' }, { close: '1' }, { text: 'b' }, { close: '2' }]],
    ]);
    assert.equal(mergeTranslations(source, reopened).html, '<p><b><i>a</i></b><i>b</i></p>');
  });

  it('treats a placeholder id used as a paired code as unknown, and drops codes in image texts', () => {
    const source = '<p>Zeile<br>Zeile</p><img src="/media/a/1/b.png" alt="Bild">';
    const targets = new Map<string, InlineToken[]>([
      ['b1', [{ open: '1' }, { text: 'Line' }, { close: '1' }]],
      ['b2', [{ text: 'Image' }, { placeholder: '1' }]],
    ]);
    const result = mergeTranslations(source, targets);
    assert.equal(result.html, '<p>Line</p><img src="/media/a/1/b.png" alt="Image">');
    assert.deepEqual(result.unknownCodes, [
      { unitId: 'b1', codeId: '1' },
      { unitId: 'b2', codeId: '1' },
    ]);
  });

  it('keeps the source text of units without translation and reports missing and unknown units', () => {
    const source = '<p>Eins</p><p>Zwei</p><p>Drei</p>';
    const targets = new Map<string, InlineToken[]>([
      ['b1', [{ text: 'One' }]],
      ['b2', [{ text: '  ' }]],
      ['b9', [{ text: 'Nine' }]],
    ]);
    const result = mergeTranslations(source, targets);
    assert.equal(result.html, '<p>One</p><p>Zwei</p><p>Drei</p>');
    assert.deepEqual(result.missingUnitIds, ['b2', 'b3']);
    assert.deepEqual(result.unknownUnitIds, ['b9']);
  });
});

describe('previews', () => {
  it('shows a unit or a translation as HTML built from the source codes, or as plain text', () => {
    const [unit] = extractUnits('<p>Rufen Sie <a href="tel:+49301">uns</a> an.<br>Danke &amp; bis bald</p>');
    assert.ok(unit);
    assert.equal(tokensToHtml(unit), 'Rufen Sie <a href="tel:+49301">uns</a> an.<br>Danke &amp; bis bald');
    assert.equal(
      tokensToHtml(unit, [{ open: '1' }, { text: 'Call <us>' }]),
      '<a href="tel:+49301">Call &lt;us&gt;</a>',
    );
    assert.equal(tokensToText(unit.tokens), 'Rufen Sie uns an. Danke & bis bald');
  });
});
