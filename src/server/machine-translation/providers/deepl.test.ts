import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  startFakeTranslationServices,
  type FakeTranslationServices,
} from '../../test-support/fake-translation-services.ts';
import { createDeepLTranslator } from './deepl.ts';
import { MachineTranslationError, type MachineTranslationRequest } from './provider.ts';

describe('the DeepL translator', () => {
  let fake: FakeTranslationServices;
  before(async () => {
    fake = await startFakeTranslationServices();
  });
  after(() => fake.close());
  beforeEach(() => (fake.requests.length = 0));

  const translator = (options: { apiKey?: string; timeoutMs?: number } = {}) =>
    createDeepLTranslator({ apiKey: fake.deeplKey, baseUrl: fake.url, ...options });
  const request = (extra: Partial<MachineTranslationRequest> = {}): MachineTranslationRequest => ({
    texts: ['<h1 class="title">Kita</h1>', '<p>Anmeldung <a href="/de/kita">hier</a>.</p>'],
    sourceLanguage: 'de',
    targetLanguage: 'ar',
    ...extra,
  });
  const translateCalls = () => fake.requests.filter((r) => r.path === '/v2/translate');

  it('translates several HTML texts in order, keeping the markup', async () => {
    const result = await translator().translate(request());
    assert.deepEqual(result, [
      '<h1 class="title">[AR] Kita</h1>',
      '<p>[AR] Anmeldung <a href="/de/kita">[AR] hier</a>[AR] .</p>',
    ]);
  });

  it('sends the request the DeepL documentation describes', async () => {
    await translator().translate(request({ targetLanguage: 'en', formality: 'less' }));
    const [sent] = translateCalls();
    assert.equal(sent?.method, 'POST');
    assert.equal(sent?.headers.authorization, `DeepL-Auth-Key ${fake.deeplKey}`);
    assert.match(sent?.headers['content-type'] ?? '', /^application\/json/);
    assert.deepEqual(sent?.body, {
      text: request().texts,
      source_lang: 'DE',
      target_lang: 'EN-GB',
      tag_handling: 'html',
      formality: 'prefer_less',
    });
  });

  it('uses the variant DeepL asks for and leaves formality out when none is wanted', async () => {
    await translator().translate(request({ sourceLanguage: 'en', targetLanguage: 'zh' }));
    const body = translateCalls()[0]?.body as Record<string, unknown>;
    assert.equal(body.source_lang, 'EN');
    assert.equal(body.target_lang, 'ZH-HANS');
    assert.equal('formality' in body, false);
    assert.equal('glossary_id' in body, false);
  });

  it('creates a glossary once for repeated calls and sends its id', async () => {
    const glossary = [{ term: 'Jobcenter', translation: 'Job Centre' }];
    const deepl = translator();
    const texts = ['<p>Das Jobcenter hilft.</p>'];
    const first = await deepl.translate({ texts, sourceLanguage: 'de', targetLanguage: 'en', glossary });
    const second = await deepl.translate({ texts, sourceLanguage: 'de', targetLanguage: 'en', glossary });
    assert.deepEqual(first, ['<p>[EN-GB] Das Job Centre hilft.</p>']);
    assert.deepEqual(second, first);
    const created = fake.requests.filter((r) => r.method === 'POST' && r.path === '/v2/glossaries');
    assert.equal(created.length, 1);
    assert.deepEqual(
      { ...(created[0]?.body as object), name: undefined },
      {
        name: undefined,
        source_lang: 'de',
        target_lang: 'en',
        entries: 'Jobcenter\tJob Centre',
        entries_format: 'tsv',
      },
    );
    const ids = translateCalls().map((r) => (r.body as { glossary_id?: string }).glossary_id);
    assert.equal(ids.length, 2);
    assert.ok(ids[0] && ids[0] === ids[1]);
  });

  it('translates without the glossary when DeepL rejects it', async () => {
    fake.failNext({
      status: 400,
      method: 'POST',
      path: '/v2/glossaries',
      message: 'Invalid glossary entries',
    });
    const glossary = [{ term: 'Kita', translation: 'daycare' }];
    const result = await translator().translate(request({ targetLanguage: 'fr', glossary }));
    assert.equal(result[0], '<h1 class="title">[FR] Kita</h1>');
    assert.equal('glossary_id' in (translateCalls()[0]?.body as object), false);
  });

  it('creates the glossary again when it was deleted in the account', async () => {
    const deepl = translator();
    const glossary = [{ term: 'Kita', translation: 'nursery' }];
    await deepl.translate(request({ targetLanguage: 'en', glossary }));
    const auth = { Authorization: `DeepL-Auth-Key ${fake.deeplKey}` };
    const id = (translateCalls()[0]?.body as { glossary_id: string }).glossary_id;
    await fetch(`${fake.url}/v2/glossaries/${id}`, { method: 'DELETE', headers: auth });
    const result = await deepl.translate(request({ targetLanguage: 'en', glossary }));
    assert.equal(result[0], '<h1 class="title">[EN-GB] nursery</h1>');
  });

  it('brings terms to keep back unchanged and removes only its own markers', async () => {
    const texts = ['<p>Bitte zum Jobcenter gehen, <span translate="no">Lotse</span>.</p>'];
    const glossary = [{ term: 'Jobcenter', translation: null }];
    const [result] = await translator().translate(request({ texts, glossary }));
    const sent = (translateCalls()[0]?.body as { text: string[] }).text[0];
    assert.match(sent ?? '', /<span translate="no" data-lotse-term="1">Jobcenter<\/span>/);
    assert.equal(
      result,
      '<p>[AR] Bitte zum Jobcenter [AR] gehen, <span translate="no">Lotse</span>[AR] .</p>',
    );
  });

  const failures: [number, string, boolean, RegExp][] = [
    [456, 'quota-exhausted', false, /monthly character quota of this DeepL account is used up \(HTTP 456\)/],
    [429, 'rate-limited', true, /too many requests.*HTTP 429/],
    [500, 'unavailable', true, /not available.*HTTP 500/],
    [503, 'unavailable', true, /not available.*HTTP 503/],
    [403, 'misconfigured', false, /refused the API key \(HTTP 403\)/],
    [400, 'rejected', false, /rejected the request \(HTTP 400\): Value for 'target_lang' not supported/],
    [413, 'rejected', false, /too large \(HTTP 413\)/],
  ];
  for (const [status, reason, isRetryable, message] of failures) {
    it(`turns HTTP ${status} into a ${reason} error for people`, async () => {
      const text = status === 400 ? "Value for 'target_lang' not supported." : `Oops, key ${fake.deeplKey}`;
      fake.failNext({ status, message: text });
      const error = await translator()
        .translate(request())
        .catch((e: unknown) => e);
      assert.ok(error instanceof MachineTranslationError);
      assert.equal(error.reason, reason);
      assert.equal(error.isRetryable, isRetryable);
      assert.match(error.message, message);
      assert.ok(!error.message.includes(fake.deeplKey), error.message);
    });
  }

  it('honours Retry-After', async () => {
    fake.failNext({ status: 429, retryAfterSeconds: 7 });
    const error = await translator()
      .translate(request())
      .catch((e: unknown) => e);
    assert.ok(error instanceof MachineTranslationError);
    assert.equal(error.retryAfterMs, 7000);
    assert.match(error.message, /in 7 s/);
  });

  it('reports a wrong key without showing it', async () => {
    const apiKey = 'wrong-secret-key:fx';
    const error = await translator({ apiKey })
      .translate(request())
      .catch((e: unknown) => e);
    assert.ok(error instanceof MachineTranslationError);
    assert.equal(error.reason, 'misconfigured');
    assert.ok(!error.message.includes(apiKey));
  });

  it('reports an exhausted character limit as DeepL counts it', async () => {
    fake.setCharacterLimit(fake.charactersUsed + 5);
    const error = await translator()
      .translate(request())
      .catch((e: unknown) => e);
    fake.setCharacterLimit(500_000);
    assert.ok(error instanceof MachineTranslationError);
    assert.equal(error.reason, 'quota-exhausted');
  });

  it('reports a service that does not answer in time as unavailable', async () => {
    fake.delayResponses(500);
    const error = await translator({ timeoutMs: 50 })
      .translate(request())
      .catch((e: unknown) => e);
    fake.delayResponses(0);
    assert.ok(error instanceof MachineTranslationError);
    assert.equal(error.reason, 'unavailable');
    assert.match(error.message, /did not answer within 0.05 s/);
  });

  it('reports a closed port as unavailable', async () => {
    const closed = await startFakeTranslationServices();
    await closed.close();
    const deepl = createDeepLTranslator({ apiKey: 'k', baseUrl: closed.url });
    const error = await deepl.translate(request()).catch((e: unknown) => e);
    assert.ok(error instanceof MachineTranslationError);
    assert.equal(error.reason, 'unavailable');
    assert.ok(error.isRetryable);
  });

  it('says which pairs it supports, and refuses others without a request', async () => {
    const deepl = translator();
    assert.equal(deepl.supports('de', 'uk'), true);
    assert.equal(deepl.supports('de', 'de-x-easy'), false);
    assert.equal(deepl.supports('de', 'ti'), false);
    const error = await deepl.translate(request({ targetLanguage: 'de-x-easy' })).catch((e: unknown) => e);
    assert.ok(error instanceof MachineTranslationError);
    assert.equal(error.reason, 'unsupported-language');
    assert.equal(fake.requests.length, 0);
  });

  it('chooses the Free or Pro address by the key', async () => {
    const urls: string[] = [];
    const fetch: typeof globalThis.fetch = async (url) => {
      urls.push(String(url));
      return Response.json({ translations: [{ detected_source_language: 'DE', text: 'x' }] });
    };
    await createDeepLTranslator({ apiKey: 'abc:fx', fetch }).translate(request({ texts: ['a'] }));
    await createDeepLTranslator({ apiKey: 'abc', fetch }).translate(request({ texts: ['a'] }));
    assert.deepEqual(urls, ['https://api-free.deepl.com/v2/translate', 'https://api.deepl.com/v2/translate']);
  });
});
