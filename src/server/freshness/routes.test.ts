import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listAuditEntriesOfRegion } from '../audit/repo.ts';
import { publishDaysAgo } from '../test-support/backdated-pages.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs } from '../test-support/workspace-requests.ts';
import { addMonths, calendarDateIn } from './review-dates.ts';

interface Item {
  pageId: number;
  language: string;
  title: string;
  versionId: number;
  reviewBy: string;
  daysLeft: number;
  status: string;
  lastCheck: { kind: string; at: string; by: string | null; note: string };
}

for (const database of testDatabases()) {
  describe(`freshness on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const today = () => calendarDateIn(new Date(), 'Europe/Berlin');
    type Get = (method: 'GET', url: string) => Promise<{ statusCode: number; body: string; json(): unknown }>;
    const listed = async (call: Get, query = '') => {
      const response = await call('GET', `/freshness${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as {
        intervalMonths: number;
        languages: string[];
        counts: Record<string, number>;
        items: Item[];
      };
    };
    const titles = (items: Item[]) => items.map((item) => `${item.title} ${item.status}`);

    it('lists the texts a person wrote that are overdue or due within four weeks, the most overdue first', async () => {
      const region = await createTestRegion(t.ctx);
      const regionId = region.id;
      const oldest = await publishDaysAgo(t.ctx, { regionId, title: 'Wohnen', daysAgo: 400 });
      await publishDaysAgo(t.ctx, {
        regionId,
        pageId: oldest.pageId,
        language: 'en',
        title: 'Housing',
        daysAgo: 400,
        source: { language: 'de', versionId: oldest.versionId },
      });
      await publishDaysAgo(t.ctx, { regionId, title: 'Arbeit', daysAgo: 380 });
      await publishDaysAgo(t.ctx, { regionId, title: 'Schule', daysAgo: 350 });
      await publishDaysAgo(t.ctx, { regionId, title: 'Only English', language: 'en', daysAgo: 390 });
      await createPublishedPage(t.ctx, { regionId, titles: { de: 'Neu', en: 'New' } });
      const archived = await publishDaysAgo(t.ctx, { regionId, title: 'Alt', daysAgo: 500 });
      await publishDaysAgo(t.ctx, { regionId, parentId: archived.pageId, title: 'Unter Alt', daysAgo: 500 });
      await t.ctx.db
        .updateTable('pages')
        .set({ is_archived: true })
        .where('id', '=', archived.pageId)
        .execute();

      const observer = await actingAs(t, 'observer', region);
      const overview = await listed(observer);
      assert.deepEqual(titles(overview.items), [
        'Wohnen overdue',
        'Only English overdue',
        'Arbeit overdue',
        'Schule due-soon',
      ]);
      assert.deepEqual(overview.counts, { overdue: 3, dueSoon: 1, current: 1 });
      assert.equal(overview.intervalMonths, 12);
      assert.deepEqual(overview.languages, ['de', 'en'], 'the languages with texts written in them');
      const [first] = overview.items;
      const publishedOn = calendarDateIn(oldest.publishedAt, 'Europe/Berlin');
      assert.equal(first?.reviewBy, addMonths(publishedOn, 12));
      assert.equal(first?.lastCheck.kind, 'published');
      assert.ok(first!.daysLeft < -30);
      assert.deepEqual(titles((await listed(observer, '?language=en')).items), ['Only English overdue']);
      const unknown = await observer('GET', '/freshness?language=xx');
      assert.equal(unknown.statusCode, 400);
      assert.match(unknown.body, /is not a language of this region/);
    });

    it('counts from the last real change: a minor edit (a link replaced everywhere) is no check', async () => {
      const region = await createTestRegion(t.ctx);
      const written = await publishDaysAgo(t.ctx, { regionId: region.id, title: 'Bürgeramt', daysAgo: 400 });
      const minor = await publishDaysAgo(t.ctx, {
        regionId: region.id,
        pageId: written.pageId,
        title: 'Bürgeramt',
        daysAgo: 3,
        isMinor: true,
      });
      const [item] = (await listed(await actingAs(t, 'observer', region))).items;
      assert.deepEqual(
        [item?.versionId, item?.status, item?.lastCheck.kind, item?.lastCheck.at],
        [minor.versionId, 'overdue', 'published', written.publishedAt.toISOString()],
      );
    });

    it('takes the region’s review interval, as the settings change it', async () => {
      const region = await createTestRegion(t.ctx);
      await publishDaysAgo(t.ctx, { regionId: region.id, title: 'Vor 40 Tagen', daysAgo: 40 });
      await publishDaysAgo(t.ctx, { regionId: region.id, title: 'Vor 10 Tagen', daysAgo: 10 });
      const manager = await actingAs(t, 'region-manager', region);
      assert.deepEqual((await listed(manager)).items, []);
      const setInterval = (months: number) =>
        manager('PATCH', '/settings', { requiresManagerTotp: false, reviewIntervalMonths: months });
      assert.equal((await setInterval(1)).statusCode, 200);
      const monthly = await listed(manager);
      assert.equal(monthly.intervalMonths, 1);
      assert.deepEqual(titles(monthly.items), ['Vor 40 Tagen overdue', 'Vor 10 Tagen due-soon']);
      assert.equal((await setInterval(36)).statusCode, 200);
      assert.deepEqual((await listed(manager)).counts, { overdue: 0, dueSoon: 0, current: 2 });
    });

    it('records "still correct" as a review without a new version, pushes the date out and audits it', async () => {
      const region = await createTestRegion(t.ctx);
      const { pageId } = await publishDaysAgo(t.ctx, {
        regionId: region.id,
        title: 'Ausländerbehörde',
        daysAgo: 370,
      });
      const editor = await signInWithRole(t, 'editor', region);
      const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
        t.app.inject({
          method,
          url: `/api/cms/regions/${region.slug}${url}`,
          headers: editor.headers,
          ...(payload ? { payload } : {}),
        });
      const confirm = (payload: object, as = call) => as('POST', `/pages/${pageId}/reviews`, payload);
      const note = 'Öffnungszeiten und Adresse geprüft';
      const confirmed = await confirm({ language: 'de', note });
      assert.equal(confirmed.statusCode, 201, confirmed.body);
      const item = confirmed.json() as Item;
      const { display_name: editorName } = await t.ctx.db
        .selectFrom('users')
        .select('display_name')
        .where('id', '=', editor.userId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        [item.status, item.reviewBy, item.lastCheck.kind, item.lastCheck.by, item.lastCheck.note],
        ['current', addMonths(today(), 12), 'confirmed', editorName, note],
      );
      assert.equal((await listed(call)).items.length, 0);
      const versions = await call('GET', `/pages/${pageId}/versions?language=de`);
      assert.equal(versions.json().versions.length, 1, 'no new version');

      const [entry] = await listAuditEntriesOfRegion(t.ctx.db, { regionId: region.id, limit: 1 });
      assert.deepEqual(
        [entry?.action, entry?.user_id, entry?.details],
        [
          'page.confirmed-current',
          editor.userId,
          { pageId, language: 'de', versionId: item.versionId, note },
        ],
      );

      const manager = await actingAs(t, 'region-manager', region);
      assert.equal((await confirm({ language: 'de' }, manager)).statusCode, 201);
    });

    it('confirms the source, not a translation, and only what is published', async () => {
      const region = await createTestRegion(t.ctx);
      const { pageId } = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Kita', en: 'Day care' },
      });
      const editor = await actingAs(t, 'editor', region);
      const translation = await editor('POST', `/pages/${pageId}/reviews`, { language: 'en' });
      assert.equal(translation.statusCode, 409);
      assert.match(translation.body, /translation: it follows its source/);
      const unpublished = await editor('POST', `/pages/${pageId}/reviews`, { language: 'ar' });
      assert.equal(unpublished.statusCode, 409);
      assert.match(unpublished.json().error.message, /no published text in "ar"/);
    });

    it('lets editors and managers confirm; observers, authors and translators are refused, other regions not found', async () => {
      const region = await createTestRegion(t.ctx);
      const { pageId } = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Arzt' } });
      const confirm = async (call: Awaited<ReturnType<typeof actingAs>>) =>
        (await call('POST', `/pages/${pageId}/reviews`, { language: 'de' })).statusCode;
      assert.equal(await confirm(await actingAs(t, 'observer', region)), 403);
      assert.equal(await confirm(await actingAs(t, 'author', region)), 403);
      assert.equal(await confirm(await actingAs(t, 'translator', region, ['en'])), 403);
      const elsewhere = await createTestRegion(t.ctx);
      const outsider = await actingAs(t, 'editor', elsewhere);
      assert.equal((await outsider('GET', '/freshness', undefined, region.slug)).statusCode, 404);
      const foreignPage = await outsider('POST', `/pages/${pageId}/reviews`, { language: 'de' });
      assert.equal(foreignPage.statusCode, 404, 'a page of another region');
      assert.equal(
        (await t.app.inject({ url: `/api/cms/regions/${region.slug}/freshness` })).statusCode,
        401,
      );
      const document = (await t.app.inject({ url: '/api/cms/openapi.json' })).json();
      assert.ok(document.paths['/regions/{region}/freshness'].get);
      assert.ok(document.paths['/regions/{region}/pages/{pageId}/reviews'].post);
      assert.ok(document.paths['/regions/{region}/readability'].get);
    });

    it('lists every problem of a confirmation at once', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await actingAs(t, 'editor', region);
      const response = await editor('POST', '/pages/abc/reviews', { language: 5, note: 'x'.repeat(1001) });
      assert.equal(response.statusCode, 400);
      const fields = response.json().error.details.issues.map((issue: { field: string }) => issue.field);
      assert.deepEqual(fields, ['path.pageId', 'body.language', 'body.note']);
      const { pageId } = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Bus' } });
      const language = await editor('POST', `/pages/${pageId}/reviews`, { language: 'xx' });
      assert.equal(language.statusCode, 400);
      assert.match(language.body, /language: is not a language of this region/);
    });
  });
}
