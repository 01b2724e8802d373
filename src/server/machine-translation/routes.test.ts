import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { jobHandlers } from '../jobs/handlers.ts';
import { listJobs } from '../jobs/repo.ts';
import { JobRunner } from '../jobs/runner.ts';
import { createMailer } from '../mail/mailer.ts';
import { listVersions } from '../page-editing/repo.ts';
import { savePageVersion } from '../pages/service.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import {
  startFakeTranslationServices,
  type FakeTranslationServices,
} from '../test-support/fake-translation-services.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs } from '../test-support/workspace-requests.ts';
import { machineTranslationJobKind } from './service.ts';

const body =
  '<p>Öffnen Sie ein <strong>Konto</strong> bei der <a href="https://bank.example/">Bank</a>.</p>' +
  '<ul><li>Pass</li><li>Meldebescheinigung</li></ul>';

for (const database of testDatabases()) {
  describe(`machine translation on ${database.name}`, () => {
    let t: TestApp;
    let fake: FakeTranslationServices;
    let runner: JobRunner;
    before(async () => {
      fake = await startFakeTranslationServices();
      t = await startTestApp(database, {
        DEEPL_API_KEY: fake.deeplKey,
        DEEPL_API_URL: fake.url,
        LIBRETRANSLATE_URL: fake.url,
      });
      runner = new JobRunner(t.ctx.db, jobHandlers(t.ctx, createMailer(undefined, 'Lotse <a@b.example>')));
    });
    after(async () => {
      await t.close();
      await fake.close();
    });

    /** A region whose Arabic comes from DeepL and English from LibreTranslate, with one German page. */
    const setUp = async (monthlyCharacters = 10_000) => {
      const region = await createTestRegion(t.ctx);
      const manager = await actingAs(t, 'region-manager', region);
      const settings = await manager('PUT', '/machine-translation/settings', {
        monthlyCharacters,
        languages: [
          { tag: 'ar', provider: 'deepl', formality: null, mayPublishDirectly: false },
          { tag: 'en', provider: 'libretranslate', formality: null, mayPublishDirectly: true },
        ],
      });
      assert.equal(settings.statusCode, 200, settings.body);
      const page = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Bankkonto' },
        html: body,
      });
      const translator = await actingAs(t, 'translator', region, ['ar']);
      return { region, manager, translator, pageId: page.pageId, source: page.versions.de! };
    };
    const newest = async (regionId: number, pageId: number, language: string) =>
      (await listVersions(t.ctx.db, { regionId, pageId, language }))[0];

    it('translates a page through DeepL into a draft marked machine-translated, keeping links and lists', async () => {
      const { region, translator, pageId, source } = await setUp();
      const estimate = await translator('POST', '/machine-translation/requests', {
        language: 'ar',
        pageIds: [pageId],
        isEstimateOnly: true,
      });
      assert.equal(estimate.statusCode, 200, estimate.body);
      assert.equal(estimate.json().batchId, null);
      const characters = estimate.json().characters;
      assert.equal(characters, 'Öffnen Sie ein Konto bei der Bank.PassMeldebescheinigungBankkonto'.length);

      const requested = await translator('POST', '/machine-translation/requests', {
        language: 'ar',
        pageIds: [pageId],
      });
      assert.equal(requested.statusCode, 202, requested.body);
      await runner.runDue();

      const version = await newest(region.id, pageId, 'ar');
      assert.equal(version?.status, 'draft');
      assert.equal(version?.is_machine_translated, true);
      assert.equal(version?.source_version_id, source.id);
      assert.equal(version?.title, '[AR] Bankkonto');
      assert.equal(
        version?.content_html,
        '<p>[AR] Öffnen Sie ein <strong>[AR] Konto</strong> [AR] bei der <a href="https://bank.example/" rel="noopener noreferrer">[AR] Bank</a>[AR] .</p>' +
          '<ul><li>[AR] Pass</li><li>[AR] Meldebescheinigung</li></ul>',
      );
      const sent = fake.requests.filter((request) => request.path === '/v2/translate').at(-1);
      assert.equal(sent?.headers.authorization, `DeepL-Auth-Key ${fake.deeplKey}`);
      assert.doesNotMatch(JSON.stringify(sent?.body), /bank\.example/);

      const batch = await translator('GET', `/machine-translation/batches/${requested.json().batchId}`);
      assert.deepEqual([batch.json().done, batch.json().items[0].resultVersionId], [1, version?.id]);
      const status = (await translator('GET', '/machine-translation')).json();
      assert.equal(status.budget.usedThisMonth, characters);
      const overview = (await translator('GET', '/translations')).json();
      assert.equal(
        overview.items.find((item: { pageId: number }) => item.pageId === pageId).states.ar,
        'machine-translated',
      );

      const again = await translator('POST', '/machine-translation/requests', {
        language: 'ar',
        pageIds: [pageId],
      });
      assert.deepEqual(again.json().leftOut, [{ pageId, reason: 'translated-already' }]);
      assert.equal(again.json().batchId, null);
    });

    it('refuses before sending anything when the month’s budget is not enough', async () => {
      const { translator, pageId } = await setUp(20);
      const before = fake.requests.length;
      const refused = await translator('POST', '/machine-translation/requests', {
        language: 'ar',
        pageIds: [pageId],
      });
      assert.equal(refused.statusCode, 409);
      assert.match(refused.json().error.message, /needs about 65 characters, but only 20 .* are left/);
      assert.equal(fake.requests.length, before);
    });

    it('waits as the provider asks on 429, and records for good when the account’s quota is used up', async () => {
      const { region, translator, pageId } = await setUp();
      fake.failNext({ status: 429, retryAfterSeconds: 120, path: '/v2/translate' });
      await translator('POST', '/machine-translation/requests', { language: 'ar', pageIds: [pageId] });
      await runner.runDue();
      const [job] = (await listJobs(t.ctx.db, machineTranslationJobKind)).filter(
        (j) => j.status === 'pending',
      );
      assert.ok(job && job.run_at.getTime() >= Date.now() + 110_000, 'retried after Retry-After');
      assert.equal((await translator('GET', '/machine-translation')).json().budget.usedThisMonth, 0);

      fake.failNext({ status: 456, path: '/v2/translate' });
      await sql`update jobs set run_at = now() where id = ${job.id}`.execute(t.ctx.db);
      await runner.runDue();
      const batchId = (await translator('GET', '/machine-translation')).json().batches[0].id;
      const batch = (await translator('GET', `/machine-translation/batches/${batchId}`)).json();
      assert.equal(batch.items[0].status, 'failed');
      assert.match(batch.items[0].reason, /quota/i);
      assert.equal((await newest(region.id, pageId, 'ar'))?.id, undefined);
    });

    it('takes known paragraphs from the translation memory, and leaves a person’s work alone', async () => {
      const { region, translator, pageId, source } = await setUp();
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId },
        {
          language: 'ar',
          title: 'حساب بنكي',
          contentHtml:
            '<p>افتح <strong>حسابًا</strong> في <a href="https://bank.example/">البنك</a>.</p><ul><li>جواز السفر</li><li>شهادة التسجيل</li></ul>',
          status: 'published',
          source: { language: 'de', versionId: source.id },
        },
      );
      const second = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Wohnung' },
        html: '<p>Neu hier.</p><ul><li>Pass</li></ul>',
      });
      const estimate = (
        await translator('POST', '/machine-translation/requests', {
          language: 'ar',
          states: ['missing', 'outdated'],
          isEstimateOnly: true,
        })
      ).json();
      assert.deepEqual(estimate.queued, [{ pageId: second.pageId, characters: 'Neu hier.Wohnung'.length }]);
      assert.deepEqual(estimate.leftOut, []);
      assert.equal(estimate.memoryUnits, 1);
      await translator('POST', '/machine-translation/requests', { language: 'ar', states: ['missing'] });
      await runner.runDue();
      const translated = await newest(region.id, second.pageId, 'ar');
      assert.equal(translated?.content_html, '<p>[AR] Neu hier.</p><ul><li>جواز السفر</li></ul>');

      const third = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Kita' } });
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId: third.pageId },
        {
          language: 'ar',
          title: 'روضة',
          contentHtml: '<p>…</p>',
          status: 'draft',
        },
      );
      const working = await translator('POST', '/machine-translation/requests', {
        language: 'ar',
        pageIds: [third.pageId],
      });
      assert.deepEqual(working.json().leftOut, [{ pageId: third.pageId, reason: 'person-working' }]);
    });

    it('publishes at once where the region allows it, and passes the glossary on', async () => {
      const { region, manager, pageId } = await setUp();
      await manager('POST', '/glossary', { term: 'Bank', isDoNotTranslate: true });
      const editor = await actingAs(t, 'editor', region);
      await editor('POST', '/machine-translation/requests', { language: 'en', pageIds: [pageId] });
      await runner.runDue();
      const version = await newest(region.id, pageId, 'en');
      assert.equal(version?.status, 'published');
      assert.match(version?.content_html ?? '', />Bank<\/a>/);
      const sent = fake.requests.filter((request) => request.path === '/translate').at(-1);
      assert.match(JSON.stringify(sent?.body), /translate=\\"no\\"[^>]*>Bank</);
    });

    it('checks who may, and what the settings may say', async () => {
      const { region, manager, pageId } = await setUp();
      const translator = await actingAs(t, 'translator', region, ['fa']);
      const refused = await translator('POST', '/machine-translation/requests', {
        language: 'ar',
        pageIds: [pageId],
      });
      assert.equal(refused.statusCode, 403);
      const editor = await actingAs(t, 'editor', region);
      assert.equal(
        (await editor('PUT', '/machine-translation/settings', { monthlyCharacters: 1, languages: [] }))
          .statusCode,
        403,
      );
      const bad = await manager('PUT', '/machine-translation/settings', {
        monthlyCharacters: -1,
        languages: [{ tag: 'de', provider: 'deepl', formality: null, mayPublishDirectly: false }],
      });
      assert.equal(bad.statusCode, 400);
      const wrong = await manager('PUT', '/machine-translation/settings', {
        monthlyCharacters: 5,
        languages: [
          { tag: 'de', provider: 'deepl', formality: null, mayPublishDirectly: false },
          { tag: 'tr', provider: 'deepl', formality: null, mayPublishDirectly: false },
        ],
      });
      assert.deepEqual(
        wrong.json().error.details.issues.map((issue: { field: string }) => issue.field),
        ['languages.0.provider', 'languages.1.tag'],
      );
      const noProvider = await editor('POST', '/machine-translation/requests', {
        language: 'fa',
        pageIds: [pageId],
      });
      assert.equal(noProvider.statusCode, 409);
      assert.match(noProvider.json().error.message, /No machine translation is chosen for "fa"/);
    });
  });
}
