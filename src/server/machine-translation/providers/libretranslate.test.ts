import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  startFakeTranslationServices,
  type FakeTranslationServices,
} from '../../test-support/fake-translation-services.ts';
import { createLibreTranslateTranslator } from './libretranslate.ts';
import { MachineTranslationError, type MachineTranslationRequest } from './provider.ts';

describe('the LibreTranslate translator', () => {
  let fake: FakeTranslationServices;
  before(async () => {
    fake = await startFakeTranslationServices({ libreTranslateKey: 'libre-secret-key' });
  });
  after(() => fake.close());
  beforeEach(() => (fake.requests.length = 0));

  const translator = (options: { apiKey?: string; timeoutMs?: number } = {}) =>
    createLibreTranslateTranslator({ baseUrl: `${fake.url}/`, apiKey: fake.libreTranslateKey, ...options });
  const request = (extra: Partial<MachineTranslationRequest> = {}): MachineTranslationRequest => ({
    texts: ['<h1 class="title">Kita</h1>', '<p>Anmeldung <a href="/de/kita">hier</a>.</p>'],
    sourceLanguage: 'de',
    targetLanguage: 'fa',
    ...extra,
  });
  const sentBody = () => fake.requests.find((r) => r.path === '/translate')?.body as Record<string, unknown>;
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => assert.fail('expected a MachineTranslationError'),
      (error: unknown) => {
        assert.ok(error instanceof MachineTranslationError);
        return error;
      },
    );

  it('translates several HTML texts in order, keeping the markup', async () => {
    assert.deepEqual(await translator().translate(request()), [
      '<h1 class="title">[FA] Kita</h1>',
      '<p>[FA] Anmeldung <a href="/de/kita">[FA] hier</a>[FA] .</p>',
    ]);
  });

  it('sends the request the LibreTranslate documentation describes', async () => {
    await translator().translate(request({ targetLanguage: 'zh', formality: 'more' }));
    const sent = fake.requests[0];
    assert.equal(sent?.method, 'POST');
    assert.equal(sent?.path, '/translate');
    assert.match(sent?.headers['content-type'] ?? '', /^application\/json/);
    assert.deepEqual(sent?.body, {
      q: request().texts,
      source: 'de',
      target: 'zh',
      format: 'html',
      api_key: 'libre-secret-key',
    });
  });

  it('applies the glossary around the service: fixed translations and terms to keep', async () => {
    const texts = ['<p>Das Jobcenter und die Kita, <code>Kita</code>.</p>'];
    const glossary = [
      { term: 'Kita', translation: 'مهدکودک' },
      { term: 'Jobcenter', translation: null },
    ];
    const [result] = await translator().translate(request({ texts, glossary }));
    assert.equal(result, '<p>[FA] Das Jobcenter [FA] und die مهدکودک[FA] , <code>Kita</code>[FA] .</p>');
    assert.match(
      String((sentBody().q as string[])[0]),
      /<span translate="no" data-lotse-term="1">مهدکودک<\/span>/,
    );
  });

  const failures: [number, string, string, boolean][] = [
    [403, 'Invalid API key', 'misconfigured', false],
    [429, 'Slowdown: 30 per 1 minute', 'rate-limited', true],
    [500, 'Cannot translate text: model crashed', 'unavailable', true],
    [503, 'Service Unavailable', 'unavailable', true],
    [400, 'ps is not supported', 'unsupported-language', false],
    [400, 'Invalid request: request (9000) exceeds text limit (5000)', 'rejected', false],
  ];
  for (const [status, said, reason, isRetryable] of failures) {
    it(`turns HTTP ${status} "${said}" into a ${reason} error for people`, async () => {
      fake.failNext({ status, message: `${said} (key libre-secret-key)` });
      const error = await failure(translator().translate(request()));
      assert.equal(error.reason, reason);
      assert.equal(error.isRetryable, isRetryable);
      assert.ok(error.message.startsWith('LibreTranslate'), error.message);
      assert.ok(error.message.includes(said), error.message);
      assert.ok(error.message.includes(`HTTP ${status}`), error.message);
      assert.ok(!error.message.includes('libre-secret-key'), error.message);
    });
  }

  it('honours Retry-After', async () => {
    fake.failNext({ status: 429, retryAfterSeconds: 30 });
    const error = await failure(translator().translate(request()));
    assert.equal(error.retryAfterMs, 30_000);
  });

  it('reports a wrong or missing API key as misconfigured', async () => {
    const wrong = await failure(translator({ apiKey: 'not-the-key' }).translate(request()));
    assert.equal(wrong.reason, 'misconfigured');
    assert.ok(!wrong.message.includes('not-the-key'));
    const missing = await failure(createLibreTranslateTranslator({ baseUrl: fake.url }).translate(request()));
    assert.equal(missing.reason, 'misconfigured');
    assert.equal('api_key' in (fake.requests.at(-1)?.body as object), false);
  });

  it('reports a service that does not answer in time as unavailable', async () => {
    fake.delayResponses(500);
    const error = await failure(translator({ timeoutMs: 50 }).translate(request()));
    fake.delayResponses(0);
    assert.equal(error.reason, 'unavailable');
  });

  it('reports a closed port as unavailable', async () => {
    const closed = await startFakeTranslationServices();
    await closed.close();
    const error = await failure(createLibreTranslateTranslator({ baseUrl: closed.url }).translate(request()));
    assert.equal(error.reason, 'unavailable');
    assert.match(error.message, /LibreTranslate could not be reached \(ECONNREFUSED\)/);
  });

  it('says which pairs it supports, and refuses others without a request', async () => {
    const libre = translator();
    assert.equal(libre.supports('de', 'fa'), true);
    assert.equal(libre.supports('de', 'de-x-easy'), false);
    assert.equal(libre.supports('de', 'ps'), false);
    const error = await failure(libre.translate(request({ targetLanguage: 'ti' })));
    assert.equal(error.reason, 'unsupported-language');
    assert.equal(fake.requests.length, 0);
  });

  it('answers an empty list without asking the service', async () => {
    assert.deepEqual(await translator().translate(request({ texts: [] })), []);
    assert.equal(fake.requests.length, 0);
  });
});
