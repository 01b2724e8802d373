import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessReadability } from './readability.ts';
import { countEnglishSyllables, measureReadingEase, readingEaseFormulaOf } from './reading-ease.ts';

const hardEnglish =
  'Registration with the municipal residents’ registration office is mandatory within fourteen days of ' +
  'relocation, accompanied by identification documentation and the landlord’s confirmation certificate.';
const easyEnglish = 'You move. Then you sign up at the town hall. Bring your passport. It is free.';

describe('reading ease', () => {
  it('measures German (Easy German too) by Amstad, English by Flesch, other languages not at all', () => {
    assert.deepEqual(['de', 'de-x-easy', 'en', 'en-GB', 'ar', 'uk'].map(readingEaseFormulaOf), [
      'amstad',
      'amstad',
      'flesch',
      'flesch',
      null,
      null,
    ]);
    assert.equal(measureReadingEase('ar', 'مرحبا بكم في المدينة.'), null);
    assert.equal(measureReadingEase('en', '  '), null, 'no words, no score');
  });

  it('gives German the score of the editor’s readability panel', () => {
    const text = 'Sie ziehen um. Dann müssen Sie sich im Bürger-Büro anmelden.';
    const report = assessReadability(text);
    assert.deepEqual(measureReadingEase('de', text), {
      score: report.score,
      level: report.level,
      words: report.words,
      sentences: report.sentences,
    });
  });

  it('follows Flesch’s formula with English syllables', () => {
    // You(1) move(1) / Then(1) you(1) reg-is-ter(3): 7 syllables, 5 words, 2 sentences.
    const ease = measureReadingEase('en', 'You move. Then you register.');
    assert.equal(ease?.score, Math.round(Math.min(100, 206.835 - 1.015 * 2.5 - 84.6 * (7 / 5))));
    assert.deepEqual([ease?.words, ease?.sentences], [5, 2]);
    const easy = measureReadingEase('en', easyEnglish);
    const hard = measureReadingEase('en', hardEnglish);
    assert.ok(easy!.score - hard!.score >= 50, `${easy?.score} vs ${hard?.score}`);
    assert.equal(easy?.level, 'very-easy');
    assert.equal(hard?.level, 'very-difficult');
  });

  it('counts English syllables by vowel groups, without a silent final e', () => {
    const words = ['cat', 'make', 'table', 'passport', 'registration', 'readability', 'office', '2026'];
    assert.deepEqual(words.map(countEnglishSyllables), [1, 1, 2, 2, 4, 5, 2, 1]);
  });
});
