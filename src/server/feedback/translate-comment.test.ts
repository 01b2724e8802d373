import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { charactersUsedThisMonth } from '../machine-translation/repo.ts';
import { testDatabases } from '../test-support/databases.ts';
import {
  startFakeTranslationServices,
  type FakeTranslationServices,
} from '../test-support/fake-translation-services.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs } from '../test-support/workspace-requests.ts';
import { setUpInbox } from './inbox-test-setup.ts';

for (const database of testDatabases()) {
  describe(`translating feedback on request on ${database.name}`, () => {
    let t: TestApp;
    let fake: FakeTranslationServices;
    before(async () => {
      fake = await startFakeTranslationServices();
      t = await startTestApp(database, {
        DEEPL_API_KEY: fake.deeplKey,
        DEEPL_API_URL: fake.url,
        LIBRETRANSLATE_URL: fake.url,
      });
    });
    after(async () => {
      await t.close();
      await fake.close();
    });

    /** An inbox whose region translates Arabic with DeepL and Farsi with LibreTranslate; English not at all. */
    const setUp = async (monthlyCharacters = 10_000) => {
      const inbox = await setUpInbox(t);
      const settings = await (
        await actingAs(t, 'region-manager', inbox.region)
      )('PUT', '/machine-translation/settings', {
        monthlyCharacters,
        languages: [
          { tag: 'ar', provider: 'deepl', formality: null, mayPublishDirectly: false },
          { tag: 'fa', provider: 'libretranslate', formality: null, mayPublishDirectly: false },
        ],
      });
      assert.equal(settings.statusCode, 200, settings.body);
      return inbox;
    };
    const translateCalls = () =>
      fake.requests.filter((request) => request.path === '/v2/translate' || request.path === '/translate')
        .length;

    it('translates an Arabic comment through DeepL into German once, and keeps the translation', async () => {
      const { region, manager, leave, onPage } = await setUp();
      const id = await leave('ar', onPage('not-helpful', { comment: 'العنوان غير صحيح\nشكراً' }));
      const callsBefore = translateCalls();
      const translated = await manager('POST', `/${id}/translation`);
      assert.equal(translated.statusCode, 200, translated.body);
      assert.deepEqual(translated.json().translation, {
        text: '[DE] العنوان غير صحيح\n[DE] شكراً',
        language: 'de',
        provider: 'deepl',
      });
      assert.equal(translated.json().comment, 'العنوان غير صحيح\nشكراً', 'the original stays');
      assert.equal(translateCalls(), callsBefore + 1);
      const sent = fake.requests.at(-1)?.body as { source_lang: string; target_lang: string };
      assert.deepEqual([sent.source_lang, sent.target_lang], ['AR', 'DE']);
      const used = await charactersUsedThisMonth(t.ctx.db, region.id);
      assert.equal(used, 'العنوان غير صحيحشكراً'.length);

      const again = await manager('POST', `/${id}/translation`);
      assert.equal(again.statusCode, 200);
      assert.deepEqual(again.json().translation, translated.json().translation);
      assert.equal(translateCalls(), callsBefore + 1, 'the service is not asked twice');
      assert.equal(await charactersUsedThisMonth(t.ctx.db, region.id), used);
      assert.deepEqual((await manager('GET', `/${id}`)).json().translation, translated.json().translation);
    });

    it('translates Farsi through LibreTranslate, as the region chose', async () => {
      const { manager, leave } = await setUp();
      const id = await leave('fa', { targetType: 'region', comment: 'ممنون' });
      const translated = await manager('POST', `/${id}/translation`);
      assert.equal(translated.statusCode, 200, translated.body);
      assert.deepEqual(translated.json().translation, {
        text: '[DE] ممنون',
        language: 'de',
        provider: 'libretranslate',
      });
    });

    it('refuses what it cannot translate, in words, without calling a service', async () => {
      const { manager, leave, onPage } = await setUp();
      const callsBefore = translateCalls();
      const refusal = async (id: number) => {
        const response = await manager('POST', `/${id}/translation`);
        assert.equal(response.statusCode, 409, response.body);
        return response.json().error.message as string;
      };
      const english = await leave('en', onPage('not-helpful', { comment: 'Wrong address' }));
      assert.match(await refusal(english), /not set up for this region/);
      const german = await leave('de', onPage('not-helpful', { comment: 'Falsche Adresse' }));
      assert.match(await refusal(german), /in the region’s language already/);
      const ratingOnly = await leave('ar', onPage('helpful'));
      assert.match(await refusal(ratingOnly), /no comment/);
      assert.equal(translateCalls(), callsBefore);
    });

    it('stays within the monthly budget, and gives back what a failed request reserved', async () => {
      const { region, manager, leave, onPage } = await setUp(12);
      const callsBefore = translateCalls();
      const long = await leave('ar', onPage('not-helpful', { comment: 'العنوان غير صحيح تماماً' }));
      const overBudget = await manager('POST', `/${long}/translation`);
      assert.equal(overBudget.statusCode, 409);
      assert.match(overBudget.json().error.message, /budget/);
      assert.equal(translateCalls(), callsBefore);

      const short = await leave('ar', onPage('not-helpful', { comment: 'سيء' }));
      fake.failNext({ status: 503, path: '/v2/translate' });
      const failed = await manager('POST', `/${short}/translation`);
      assert.equal(failed.statusCode, 503, failed.body);
      assert.match(failed.json().error.message, /could not be translated/);
      assert.equal(await charactersUsedThisMonth(t.ctx.db, region.id), 0);
      assert.equal((await manager('GET', `/${short}`)).json().translation, null);
      assert.equal(
        (await manager('POST', `/${short}/translation`)).statusCode,
        200,
        'it works once DeepL is back',
      );
    });
  });
}
