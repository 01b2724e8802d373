import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { negotiateLanguage } from './negotiate-language.ts';

describe('language negotiation', () => {
  const available = ['de', 'en', 'ar', 'uk', 'fa'];

  it('takes the preferred available language by q-value', () => {
    assert.equal(negotiateLanguage('fr;q=1, ar;q=0.8, en;q=0.5', available, 'de'), 'ar');
    assert.equal(negotiateLanguage('en;q=0.2, uk', available, 'de'), 'uk');
  });

  it('matches on the primary language', () => {
    assert.equal(negotiateLanguage('ar-SY', available, 'de'), 'ar');
    assert.equal(negotiateLanguage('de-AT,de;q=0.9', ['de-x-easy', 'en'], 'en'), 'de-x-easy');
  });

  it('falls back when nothing matches or the header is missing or odd', () => {
    assert.equal(negotiateLanguage('ti, so', available, 'de'), 'de');
    assert.equal(negotiateLanguage(undefined, available, 'de'), 'de');
    assert.equal(negotiateLanguage(';;;,q=x', available, 'de'), 'de');
    assert.equal(negotiateLanguage('ar;q=0', available, 'de'), 'de');
  });
});
