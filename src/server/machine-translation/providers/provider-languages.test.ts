import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deeplLanguagePair, libreTranslateLanguagePair } from './provider-languages.ts';

describe('deeplLanguagePair', () => {
  it('gives source codes without and target codes with variant', () => {
    assert.deepEqual(deeplLanguagePair('de', 'en'), {
      source: { source: 'DE', target: 'DE', glossary: 'de' },
      target: { source: 'EN', target: 'EN-GB', glossary: 'en' },
    });
    assert.equal(deeplLanguagePair('en', 'zh')?.target.target, 'ZH-HANS');
    assert.equal(deeplLanguagePair('de', 'uk')?.target.target, 'UK');
    assert.equal(deeplLanguagePair('de', 'ar')?.target.target, 'AR');
  });

  it('has no pair for Easy German, the same language, or languages without HTML support', () => {
    for (const [source, target] of [
      ['de', 'de-x-easy'],
      ['de-x-easy', 'en'],
      ['de', 'de'],
      ['de', 'fa'],
      ['de', 'ti'],
      ['ckb', 'de'],
    ] as const) {
      assert.equal(deeplLanguagePair(source, target), undefined, `${source} → ${target}`);
    }
  });
});

describe('libreTranslateLanguagePair', () => {
  it('uses lower-case ISO codes', () => {
    assert.deepEqual(libreTranslateLanguagePair('de', 'fa'), { source: 'de', target: 'fa' });
    assert.deepEqual(libreTranslateLanguagePair('en', 'zh'), { source: 'en', target: 'zh' });
  });

  it('has no pair for Easy German or languages without a model', () => {
    for (const target of ['de-x-easy', 'ps', 'prs', 'ti', 'so', 'ku', 'ckb', 'am', 'sr', 'de']) {
      assert.equal(libreTranslateLanguagePair('de', target), undefined, target);
    }
  });
});
