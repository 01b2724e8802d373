import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToExcerpt, htmlToText } from './excerpt.ts';
import { foldedForms, foldQuery } from './fold-text.ts';
import { distanceKm } from './geo.ts';
import { isSlug, slugify } from './slug.ts';

describe('slugify', () => {
  it('keeps letters of every script and joins words with hyphens', () => {
    assert.equal(slugify('Wohnsitz anmelden!'), 'wohnsitz-anmelden');
    assert.equal(slugify('Bürgerbüro – Öffnungszeiten'), 'bürgerbüro-öffnungszeiten');
    assert.equal(slugify('الوصول والتسجيل'), 'الوصول-والتسجيل');
    assert.equal(slugify('Здоров’я'), 'здоров-я');
    assert.equal(slugify('سلامت و درمان'), 'سلامت-و-درمان');
    assert.equal(slugify('  --Kita 2026?-- '), 'kita-2026');
  });

  it('makes nothing of text without letters or digits, and caps the length', () => {
    assert.equal(slugify('?!/…'), '');
    assert.ok(slugify('wort '.repeat(100)).length <= 120);
    assert.ok(!slugify('wort '.repeat(100)).endsWith('-'));
  });

  it('recognises its own output', () => {
    assert.ok(isSlug('wohnsitz-anmelden'));
    assert.ok(!isSlug('Wohnsitz anmelden'));
    assert.ok(!isSlug(''));
  });
});

describe('folding text for search', () => {
  it('finds München as münchen, Muenchen, MUNCHEN and munchen', () => {
    const forms = foldedForms('München');
    for (const query of ['münchen', 'Muenchen', 'MUNCHEN', 'munchen']) {
      assert.ok(
        forms.some((form) => form.includes(foldQuery(query))),
        query,
      );
    }
  });

  it('folds ß and accents of other languages', () => {
    assert.ok(foldedForms('Großenhain').some((form) => form.includes(foldQuery('GROSSENHAIN'))));
    assert.ok(foldedForms('Besançon').some((form) => form.includes(foldQuery('besancon'))));
  });
});

describe('excerpts', () => {
  it('turns HTML into plain text with entities decoded', () => {
    assert.equal(
      htmlToText('<h2>Termin</h2><p>Bitte&nbsp;mitbringen: Pass &amp; Foto&#33;</p>'),
      'Termin Bitte mitbringen: Pass & Foto!',
    );
    assert.equal(htmlToText('<p>&#99999999; &bogus;</p>'), '&#99999999; &bogus;');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const excerpt = htmlToExcerpt(`<p>${'Wort '.repeat(100)}</p>`, 50);
    assert.ok(excerpt.length <= 50);
    assert.ok(excerpt.endsWith('Wort…'));
  });
});

describe('distance', () => {
  it('measures great-circle distances in kilometres', () => {
    const berlin = { latitude: 52.52, longitude: 13.405 };
    const munich = { latitude: 48.137, longitude: 11.575 };
    assert.ok(Math.abs(distanceKm(berlin, munich) - 504) < 3);
    assert.equal(distanceKm(berlin, berlin), 0);
  });
});
