import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFakeTranslationServices, type FakeTranslationServices } from './fake-translation-services.ts';

describe('the fake translation services', () => {
  let fake: FakeTranslationServices;
  before(async () => {
    fake = await startFakeTranslationServices({ characterLimit: 1000 });
  });
  after(() => fake.close());

  const deepl = (path: string, init: RequestInit = {}) =>
    fetch(`${fake.url}${path}`, {
      ...init,
      headers: { Authorization: `DeepL-Auth-Key ${fake.deeplKey}`, ...(init.headers as object) },
    });
  const form = (fields: [string, string][]) => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

  it('translates form-encoded DeepL requests with repeated text fields and bills them', async () => {
    const response = await deepl(
      '/v2/translate',
      form([
        ['text', '<p>Hallo <b translate="no">Lotse</b></p>'],
        ['text', 'Welt'],
        ['target_lang', 'uk'],
        ['tag_handling', 'html'],
      ]),
    );
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      translations: [
        { detected_source_language: 'DE', text: '<p>[UK] Hallo <b translate="no">Lotse</b></p>' },
        { detected_source_language: 'DE', text: '[UK] Welt' },
      ],
    });
    const usage = await (await deepl('/v2/usage')).json();
    assert.deepEqual(usage, { character_count: 15, character_limit: 1000 });
    assert.equal(fake.charactersUsed, 15);
  });

  it('answers DeepL errors as documented', async () => {
    const noKey = await fetch(
      `${fake.url}/v2/translate`,
      form([
        ['text', 'a'],
        ['target_lang', 'DE'],
      ]),
    );
    assert.equal(noKey.status, 403);
    const formal = await deepl(
      '/v2/translate',
      form([
        ['text', 'a'],
        ['target_lang', 'AR'],
        ['formality', 'more'],
      ]),
    );
    assert.equal(formal.status, 400);
    assert.deepEqual(await formal.json(), {
      message: "'formality' is not supported for given 'target_lang'.",
    });
    const glossaryWithoutSource = await deepl(
      '/v2/translate',
      form([
        ['text', 'a'],
        ['target_lang', 'DE'],
        ['glossary_id', 'x'],
      ]),
    );
    assert.equal(glossaryWithoutSource.status, 400);
    fake.failNext({ status: 429, retryAfterSeconds: 3 });
    const limited = await deepl('/v2/usage');
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '3');
  });

  it('lists languages with formality support', async () => {
    const targets = (await (await deepl('/v2/languages?type=target')).json()) as Record<string, unknown>[];
    assert.deepEqual(
      targets.find((language) => language.language === 'DE'),
      { language: 'DE', name: 'German', supports_formality: true },
    );
    const sources = (await (await deepl('/v2/languages')).json()) as Record<string, unknown>[];
    assert.ok(sources.every((language) => !('supports_formality' in language)));
  });

  it('keeps, lists, returns and deletes glossaries', async () => {
    const created = await deepl('/v2/glossaries', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'g',
        source_lang: 'de',
        target_lang: 'en',
        entries: 'Kita\tdaycare',
        entries_format: 'tsv',
      }),
    });
    assert.equal(created.status, 201);
    const { glossary_id: id } = (await created.json()) as { glossary_id: string };
    assert.equal(await (await deepl(`/v2/glossaries/${id}/entries`)).text(), 'Kita\tdaycare');
    const list = (await (await deepl('/v2/glossaries')).json()) as { glossaries: { glossary_id: string }[] };
    assert.ok(list.glossaries.some((glossary) => glossary.glossary_id === id));
    assert.equal((await deepl(`/v2/glossaries/${id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await deepl(`/v2/glossaries/${id}`)).status, 404);
    const duplicate = await deepl(
      '/v2/glossaries',
      form([
        ['name', 'd'],
        ['source_lang', 'de'],
        ['target_lang', 'en'],
        ['entries', 'a\tb\na\tc'],
      ]),
    );
    assert.equal(duplicate.status, 400);
  });

  it('serves LibreTranslate: languages, string and array input, errors', async () => {
    const languages = (await (await fetch(`${fake.url}/languages`)).json()) as { code: string }[];
    assert.ok(languages.some((language) => language.code === 'zh-Hans'));
    const translate = (body: object) =>
      fetch(`${fake.url}/translate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const one = await translate({ q: 'Hallo', source: 'de', target: 'zh-Hans' });
    assert.deepEqual(await one.json(), { translatedText: '[ZH-HANS] Hallo' });
    const many = await translate({ q: ['<i>a</i>', 'b'], source: 'de', target: 'ar', format: 'html' });
    assert.deepEqual(await many.json(), { translatedText: ['<i>[AR] a</i>', '[AR] b'] });
    const unsupported = await translate({ q: 'a', source: 'de', target: 'ti' });
    assert.equal(unsupported.status, 400);
    assert.deepEqual(await unsupported.json(), { error: 'ti is not supported' });
  });
});
