import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, translatorFor, uiLanguageFor } from './i18n.ts';

const required = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ps', 'ti', 'so', 'ku', 'fr'];
const sampleValues = {
  region: 'R',
  language: 'L',
  query: 'q',
  size: '1 MB',
  count: 3,
  date: new Date(),
  km: 5,
};

describe('interface message catalogs', () => {
  it('exist for every required language', () => {
    for (const language of required) assert.ok(CATALOGS.has(language), `no catalog for ${language}`);
  });

  it('have every key of the English catalog, and no others', () => {
    const keys = Object.keys(CATALOGS.get('en')!).sort();
    for (const [language, catalog] of CATALOGS) {
      const missing = keys.filter((key) => !(key in catalog));
      const extra = Object.keys(catalog).filter((key) => !keys.includes(key));
      assert.deepEqual({ language, missing, extra }, { language, missing: [], extra: [] });
    }
  });

  it('hold valid ICU messages that format with sample values', () => {
    for (const [language, catalog] of CATALOGS) {
      for (const [key, message] of Object.entries(catalog)) {
        assert.doesNotThrow(
          () => new IntlMessageFormat(message, language).format(sampleValues),
          `${language} ${key}`,
        );
        assert.notEqual(message.trim(), '', `${language} ${key} is empty`);
      }
    }
  });

  it('format plurals by the rules of the language', () => {
    assert.equal(translatorFor('en').t('picker.results', { count: 1 }), '1 region found');
    assert.equal(translatorFor('en').t('picker.results', { count: 0 }), 'No region found.');
    assert.equal(translatorFor('de').t('picker.results', { count: 2 }), '2 Regionen gefunden');
  });

  it('show easy German with the German catalog and unknown languages in English', () => {
    assert.equal(uiLanguageFor('de-x-easy'), 'de');
    assert.equal(uiLanguageFor('xx'), 'en');
    assert.equal(translatorFor('zz').t('nav.search'), 'Search');
  });
});
