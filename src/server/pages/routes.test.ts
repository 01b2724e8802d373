import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { createPage, savePageVersion } from './service.ts';

for (const database of testDatabases()) {
  describe(`public pages API on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const get = (url: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url, headers });
    const pagesUrl = (region: string, lang: string, path = '') =>
      `/api/v1/regions/${region}/${lang}/pages${path ? `/${path.split('/').map(encodeURIComponent).join('/')}` : ''}`;

    it('lists the published pages of a language with paths, excerpts and their other languages', async () => {
      const region = await createTestRegion(t.ctx);
      const parent = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Ankommen', en: 'Arrival' },
        html: '<p>Willkommen <strong>in</strong> der Stadt.</p>',
      });
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        parentId: parent.pageId,
        titles: { de: 'Wohnsitz anmelden', en: 'Registering your address' },
      });
      const response = await get(pagesUrl(region.slug, 'de'));
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.equal(body.language, 'de');
      assert.deepEqual(
        body.pages.map((page: { path: string }) => page.path),
        ['ankommen', 'ankommen/wohnsitz-anmelden'],
      );
      assert.equal(body.pages[0].excerpt, 'Willkommen in der Stadt.');
      assert.equal(body.pages[1].parentId, parent.pageId);
      assert.deepEqual(body.pages[1].availableLanguages, {
        de: 'ankommen/wohnsitz-anmelden',
        en: 'arrival/registering-your-address',
      });
    });

    it('shows the newest published version, not a newer draft, and nothing of a draft-only page', async () => {
      const region = await createTestRegion(t.ctx);
      const { pageId } = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Gesundheit' },
      });
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId },
        {
          language: 'de',
          title: 'Gesundheit (Entwurf)',
          contentHtml: '<p>neu</p>',
          status: 'draft',
        },
      );
      const draftOnly = await createPage(t.ctx.db, { regionId: region.id, parentId: null });
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId: draftOnly },
        {
          language: 'de',
          title: 'Geheim',
          contentHtml: '<p>noch nicht</p>',
          status: 'review',
        },
      );
      const body = (await get(pagesUrl(region.slug, 'de'))).json();
      assert.deepEqual(
        body.pages.map((page: { title: string }) => page.title),
        ['Gesundheit'],
      );
    });

    it('never falls back silently: a page missing in a language is not listed and answers 404 with its languages', async () => {
      const region = await createTestRegion(t.ctx);
      await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Arbeit', en: 'Work' } });
      const arabic = (await get(pagesUrl(region.slug, 'ar'))).json();
      assert.deepEqual(arabic.pages, []);
      const response = await get(pagesUrl(region.slug, 'ar', 'arbeit'));
      assert.equal(response.statusCode, 404);
      assert.deepEqual(response.json().error.code, 'not_translated');
      assert.deepEqual(response.json().error.details.availableLanguages, { de: 'arbeit', en: 'work' });
    });

    it('hides a translated page whose parent is not translated', async () => {
      const region = await createTestRegion(t.ctx);
      const parent = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Schule' } });
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        parentId: parent.pageId,
        titles: { de: 'Kita', en: 'Daycare' },
      });
      assert.deepEqual((await get(pagesUrl(region.slug, 'en'))).json().pages, []);
    });

    it('serves one page with its children and breadcrumb', async () => {
      const region = await createTestRegion(t.ctx);
      const top = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Beratung' } });
      const middle = await createPublishedPage(t.ctx, {
        regionId: region.id,
        parentId: top.pageId,
        titles: { de: 'Migrationsberatung' },
      });
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        parentId: middle.pageId,
        titles: { de: 'Termine' },
      });
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        parentId: middle.pageId,
        titles: { de: 'Adressen' },
      });
      const response = await get(pagesUrl(region.slug, 'de', 'beratung/migrationsberatung'));
      assert.equal(response.statusCode, 200);
      const page = response.json();
      assert.equal(page.title, 'Migrationsberatung');
      assert.deepEqual(
        page.breadcrumb.map((link: { title: string }) => link.title),
        ['Beratung'],
      );
      assert.deepEqual(
        page.children.map((link: { path: string }) => link.path),
        ['beratung/migrationsberatung/termine', 'beratung/migrationsberatung/adressen'],
      );
    });

    it('finds Arabic and Farsi slugs, percent-encoded or not, and tolerates extra slashes', async () => {
      const region = await createTestRegion(t.ctx);
      const top = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Gesundheit', en: 'Health', ar: 'الصحة' },
      });
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId: top.pageId },
        {
          language: 'fa',
          title: 'سلامت و درمان',
          contentHtml: '<p>سلامت</p>',
          status: 'published',
          source: { language: 'en', versionId: top.versions.en!.id },
        },
      );
      const arabic = await get(pagesUrl(region.slug, 'ar', 'الصحة'));
      assert.equal(arabic.statusCode, 200);
      assert.equal(arabic.json().title, 'الصحة');
      const farsi = await get(pagesUrl(region.slug, 'fa', 'سلامت-و-درمان'));
      assert.equal(farsi.statusCode, 200);
      assert.equal(farsi.json().availableLanguages.ar, 'الصحة');
      const raw = await get(`/api/v1/regions/${region.slug}/ar/pages//الصحة/`);
      assert.equal(raw.statusCode, 200);
    });

    it('answers hostile and odd paths with a clear 4xx, never a 500', async () => {
      const region = await createTestRegion(t.ctx);
      await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Wohnen' } });
      const base = `/api/v1/regions/${region.slug}/de/pages`;
      const cases = [
        `${base}/wohnen/../../../etc/passwd`,
        `${base}/..%2F..%2Fetc%2Fpasswd`,
        `${base}/wohnen%27%3B%20drop%20table%20pages%3B%20--`,
        `${base}/${'a'.repeat(5000)}`,
        `${base}/${'a/'.repeat(400)}`,
        `${base}/%E0%A4%A`,
        `${base}/%00`,
        `/api/v1/regions/${encodeURIComponent("x' or '1'='1")}/de/pages`,
        `/api/v1/regions/${region.slug}/${encodeURIComponent('de; select 1')}/pages`,
      ];
      for (const url of cases) {
        const response = await get(url);
        assert.ok(
          response.statusCode === 404 || response.statusCode === 400,
          `${url}: ${response.statusCode}`,
        );
        const error = response.json().error;
        assert.equal(typeof error.code, 'string', url);
        assert.equal(typeof error.message, 'string', url);
      }
      const stillThere = await sql<{ n: number }>`select count(*)::int as n from pages`.execute(t.ctx.db);
      assert.ok(stillThere.rows[0]!.n > 0);
      assert.equal((await get(`${base}/wohnen`)).statusCode, 200);
    });

    it('answers 404 for an unknown region, language or page with the error shape', async () => {
      const region = await createTestRegion(t.ctx);
      for (const [url, message] of [
        ['/api/v1/regions/nowhere/de/pages', /region "nowhere"/],
        [pagesUrl(region.slug, 'tr'), /not available in "tr"/],
        [pagesUrl(region.slug, 'de', 'gibt-es-nicht'), /no page "gibt-es-nicht"/],
      ] as const) {
        const response = await get(url);
        assert.equal(response.statusCode, 404, url);
        assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
        assert.match(response.json().error.message, message);
      }
    });

    it('does not serve languages the region keeps invisible, nor regions that are not public', async () => {
      const region = await createTestRegion(t.ctx, {
        languages: [
          { tag: 'de', source: null },
          { tag: 'uk', source: 'de', isVisible: false },
        ],
      });
      await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Hilfe', uk: 'Допомога' } });
      assert.equal((await get(pagesUrl(region.slug, 'uk'))).statusCode, 404);
      assert.deepEqual((await get(pagesUrl(region.slug, 'de'))).json().pages[0].availableLanguages, {
        de: 'hilfe',
      });
      const draft = await createTestRegion(t.ctx, { status: 'draft' });
      assert.equal((await get(pagesUrl(draft.slug, 'de'))).statusCode, 404);
      const hidden = await createTestRegion(t.ctx, { status: 'hidden' });
      assert.equal((await get(pagesUrl(hidden.slug, 'de'))).statusCode, 200);
    });

    it('sends strong ETags, answers 304 to If-None-Match, and compresses on request', async () => {
      const region = await createTestRegion(t.ctx);
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Notfall' },
        html: `<p>${'Notrufnummern 110 und 112. '.repeat(100)}</p>`,
      });
      const first = await get(pagesUrl(region.slug, 'de'));
      const etag = first.headers.etag as string;
      assert.match(etag, /^"[\w-]+"$/);
      assert.match(first.headers['cache-control'] as string, /public, max-age=\d+/);
      const again = await get(pagesUrl(region.slug, 'de'), { 'if-none-match': etag });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      const brotli = await get(pagesUrl(region.slug, 'de'), { 'accept-encoding': 'gzip, br' });
      assert.equal(brotli.headers['content-encoding'], 'br');
      assert.deepEqual(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString()), first.json());
      const gzip = await get(pagesUrl(region.slug, 'de'), { 'accept-encoding': 'gzip' });
      assert.equal(gzip.headers['content-encoding'], 'gzip');
      assert.deepEqual(JSON.parse(gunzipSync(gzip.rawPayload).toString()), first.json());
      assert.equal(
        (await get(pagesUrl(region.slug, 'de'), { 'if-none-match': gzip.headers.etag as string })).statusCode,
        304,
      );
    });

    it('keeps links between pages working when the target is renamed', async () => {
      const region = await createTestRegion(t.ctx);
      const target = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Kita' } });
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Familie' },
        html: `<p>Siehe <a href="lotse:page/${target.pageId}">Kinderbetreuung</a>.</p>`,
      });
      const linkOf = async () => (await get(pagesUrl(region.slug, 'de', 'familie'))).json().contentHtml;
      assert.equal(await linkOf(), `<p>Siehe <a href="/${region.slug}/de/kita">Kinderbetreuung</a>.</p>`);
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId: target.pageId },
        {
          language: 'de',
          title: 'Kindergarten',
          contentHtml: '<p>Kindergarten</p>',
          status: 'published',
        },
      );
      assert.equal(
        await linkOf(),
        `<p>Siehe <a href="/${region.slug}/de/kindergarten">Kinderbetreuung</a>.</p>`,
      );
    });

    it('shows a new publish at once: the cache is invalidated and the ETag changes', async () => {
      const region = await createTestRegion(t.ctx);
      const { pageId } = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Wohnen' } });
      const before = await get(pagesUrl(region.slug, 'de', 'wohnen'));
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId },
        {
          language: 'de',
          title: 'Wohnen',
          contentHtml: '<p>Neue Sprechzeiten</p>',
          status: 'published',
        },
      );
      const after = await get(pagesUrl(region.slug, 'de', 'wohnen'), {
        'if-none-match': before.headers.etag as string,
      });
      assert.equal(after.statusCode, 200);
      assert.equal(after.json().contentHtml, '<p>Neue Sprechzeiten</p>');
      assert.notEqual(after.headers.etag, before.headers.etag);
    });
  });
}
