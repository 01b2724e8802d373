import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listFeedback } from '../feedback/repo.ts';
import { savePageVersion } from '../pages/service.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';

const [embedded] = testDatabases();

describe('public app pages', () => {
  let t: TestApp;
  let slug: string;
  let regionId: number;
  let healthPageId: number;
  before(async () => {
    t = await startTestApp(embedded!);
    const region = await createTestRegion(t.ctx, { name: 'Teststadt', postalCodes: ['99999'] });
    slug = region.slug;
    regionId = region.id;
    const health = await createPublishedPage(t.ctx, {
      regionId,
      titles: { de: 'Gesundheit', en: 'Health', ar: 'الصحة' },
      html: '<p>Krankenversicherung ist Pflicht.</p>',
    });
    healthPageId = health.pageId;
    await createPublishedPage(t.ctx, {
      regionId,
      parentId: health.pageId,
      titles: { de: 'Hausarzt', ar: 'طبيب الأسرة' },
    });
    await createPublishedPage(t.ctx, { regionId, titles: { de: 'Wohnen <script>alert(1)</script>' } });
  });
  after(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  it('offers the region picker in the browser’s language, with search by postal code and a visible switch', async () => {
    const arabic = await get('/', { 'accept-language': 'ar,en;q=0.5' });
    assert.equal(arabic.statusCode, 200);
    assert.match(arabic.body, /<html lang="ar" dir="rtl">/);
    assert.match(arabic.body, /hreflang|lang="uk"/);
    const found = await get('/?q=99999&lang=uk');
    assert.match(found.body, /<html lang="uk" dir="ltr">/);
    assert.match(found.body, new RegExp(`href="/${slug}"`));
    assert.match(found.body, /Знайдено 1 регіон|1 регіон/);
    const none = await get('/?q=nirgendwo&lang=de');
    assert.match(none.body, /Keine Region gefunden/);
  });

  it('sends /{region} to the best visible language for the browser', async () => {
    const arabic = await get(`/${slug}`, { 'accept-language': 'ar-SY, de;q=0.5' });
    assert.equal(arabic.statusCode, 302);
    assert.equal(arabic.headers.location, `/${slug}/ar/`);
    assert.equal((await get(`/${slug}`, { 'accept-language': 'sw' })).headers.location, `/${slug}/de/`);
  });

  it('shows the top-level pages as tiles, right to left in Arabic', async () => {
    const response = await get(`/${slug}/ar/`);
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<html lang="ar" dir="rtl">/);
    assert.match(response.body, /class="tile"[^>]*>.*الصحة/s);
    assert.doesNotMatch(response.body, /Wohnen/, 'no German page in the Arabic dashboard');
  });

  it('renders a page with breadcrumb, alternates, canonical address, structured data and escaped text', async () => {
    const response = await get(
      `/${slug}/ar/${encodeURIComponent('الصحة')}/${encodeURIComponent('طبيب-الأسرة')}`,
    );
    assert.equal(response.statusCode, 200);
    const html = response.body;
    assert.match(html, /<h1>طبيب الأسرة<\/h1>/);
    assert.match(html, /<nav class="breadcrumb"[^>]*>.*الصحة/s);
    assert.match(
      html,
      /<link rel="alternate" hreflang="de" href="http:\/\/localhost:8080\/[^"]+\/de\/gesundheit\/hausarzt"/,
    );
    assert.match(html, /<link rel="canonical" href="http:\/\/localhost:8080\//);
    assert.match(html, /"@type":"BreadcrumbList"/);
    assert.match(response.headers['content-security-policy'] as string, /script-src 'self'/);
    const german = await get(`/${slug}/de/wohnen-script-alert-1-script`);
    assert.equal(german.statusCode, 200);
    assert.doesNotMatch(german.body, /<script>alert/);
    assert.match(german.body, /<h1>Wohnen &lt;script>alert\(1\)&lt;\/script><\/h1>/);
  });

  it('switches language on the same page, and explains when the page is not in that language', async () => {
    const page = await get(`/${slug}/de/gesundheit/hausarzt`);
    assert.match(page.body, new RegExp(`href="/${slug}/ar/${encodeURIComponent('الصحة')}/`));
    assert.match(
      page.body,
      new RegExp(`href="/${slug}/en/gesundheit/hausarzt"`),
      'English leads to the notice',
    );
    const notice = await get(`/${slug}/en/gesundheit/hausarzt`);
    assert.equal(notice.statusCode, 404);
    assert.match(notice.body, /<html lang="en" dir="ltr">/);
    assert.match(notice.body, /This page is not available in English/);
    assert.match(
      notice.body,
      new RegExp(`href="/${slug}/de/gesundheit/hausarzt"[^>]*>\\s*<span class="link-title">Deutsch`),
    );
  });

  it('answers unknown pages with a helpful 404 in the reader’s language, and platform paths with JSON', async () => {
    const missing = await get(`/${slug}/ar/nothing-here`);
    assert.equal(missing.statusCode, 404);
    assert.match(missing.body, /<html lang="ar" dir="rtl">/);
    assert.match(
      missing.body,
      new RegExp(`<form class="search-form" method="get" action="/${slug}/ar/search"`),
    );
    const noRegion = await get('/nowhere/de/');
    assert.equal(noRegion.statusCode, 404);
    assert.match(noRegion.body, /Region wählen/);
    const api = await get('/api/v1/unknown');
    assert.equal(api.statusCode, 404);
    assert.equal(api.json().error.code, 'not_found');
  });

  it('caches pages with ETags and shows a new publish at once', async () => {
    const first = await get(`/${slug}/de/gesundheit`);
    assert.equal(
      (await get(`/${slug}/de/gesundheit`, { 'if-none-match': first.headers.etag as string })).statusCode,
      304,
    );
    await savePageVersion(
      t.ctx,
      { regionId, pageId: healthPageId },
      {
        language: 'de',
        title: 'Gesundheit',
        contentHtml: '<p>Neue Sprechzeiten im Gesundheitsamt.</p>',
        status: 'published',
      },
    );
    const after = await get(`/${slug}/de/gesundheit`, { 'if-none-match': first.headers.etag as string });
    assert.equal(after.statusCode, 200);
    assert.match(after.body, /Neue Sprechzeiten/);
  });

  it('searches without JavaScript and marks pages only in the default language', async () => {
    const response = await get(`/${slug}/en/search?q=${encodeURIComponent('Krankenversicherng')}`);
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /1 result for “Krankenversicherng”/);
    const tooShort = await get(`/${slug}/en/search?q=k`);
    assert.match(tooShort.body, /at least 2 characters/);
    const onlyGerman = await get(`/${slug}/en/search?q=Wohnen`);
    assert.match(onlyGerman.body, /Only in Deutsch/);
  });

  it('takes feedback from the plain form and thanks the reader on the page', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/${slug}/de/feedback`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `targetType=page&targetId=${healthPageId}&rating=helpful&comment=Danke&contact=&website=`,
      remoteAddress: '198.51.100.7',
    });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/${slug}/de/gesundheit?feedback=thanks#feedback`);
    const thanked = await get(`/${slug}/de/gesundheit?feedback=thanks`);
    assert.match(thanked.body, /Vielen Dank für Ihre Rückmeldung!/);
    const [stored] = await listFeedback(t.ctx.db, regionId);
    assert.deepEqual([stored?.is_helpful, stored?.comment], [true, 'Danke']);
    const invalid = await t.app.inject({
      method: 'POST',
      url: `/${slug}/de/feedback`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `targetType=page&targetId=${healthPageId}`,
      remoteAddress: '198.51.100.8',
    });
    assert.equal(invalid.headers.location, `/${slug}/de/gesundheit?feedback=failed#feedback`);
  });

  it('bundles a region for offline use and, for an update, sends only the pages that changed', async () => {
    const full = (await get(`/${slug}/de/offline.json`)).json();
    assert.equal(full.pages.length, full.manifest.length);
    assert.ok(
      full.manifest.some((entry: { url: string }) => entry.url === `/${slug}/de/gesundheit/hausarzt`),
    );
    assert.ok(full.manifest.some((entry: { url: string }) => entry.url === `/${slug}/de/search`));
    assert.ok(full.manifest.some((entry: { url: string }) => entry.url === `/${slug}/de/contact`));
    assert.ok(full.searchIndex.some((entry: { title: string }) => entry.title === 'Hausarzt'));
    const have = full.manifest.map((entry: { hash: string }) => entry.hash).join(',');
    assert.deepEqual((await get(`/${slug}/de/offline.json?have=${have}`)).json().pages, []);
    await savePageVersion(
      t.ctx,
      { regionId, pageId: healthPageId },
      {
        language: 'de',
        title: 'Gesundheit',
        contentHtml: '<p>Impfungen im Gesundheitsamt.</p>',
        status: 'published',
      },
    );
    const changed = (await get(`/${slug}/de/offline.json?have=${have}`)).json();
    assert.ok(changed.pages.some((page: { url: string; html: string }) => page.html.includes('Impfungen')));
    assert.ok(changed.pages.length < full.pages.length);
    assert.equal((await get(`/${slug}/xx/offline.json`)).statusCode, 404);
  });

  it('lists every page with its language alternates in a sitemap, and the sitemap in robots.txt', async () => {
    const sitemap = await get(`/${slug}/sitemap.xml`);
    assert.equal(sitemap.statusCode, 200);
    assert.match(sitemap.headers['content-type'] as string, /application\/xml/);
    assert.match(sitemap.body, new RegExp(`<loc>http://localhost:8080/${slug}/de/gesundheit/hausarzt</loc>`));
    assert.match(
      sitemap.body,
      new RegExp(`hreflang="ar" href="http://localhost:8080/${slug}/ar/${encodeURIComponent('الصحة')}/`),
    );
    const robots = await get('/robots.txt');
    assert.match(robots.body, new RegExp(`Sitemap: http://localhost:8080/${slug}/sitemap.xml`));
    assert.match(robots.body, /Disallow: \/api\//);
  });

  it('serves the service worker at the root and an offline page in the reader’s language', async () => {
    const worker = await get('/sw.js');
    assert.equal(worker.statusCode, 200);
    assert.equal(worker.headers['cache-control'], 'no-cache');
    assert.match(worker.body, /\/assets\/app\.[\w-]+\.css/);
    const offline = await get('/offline?lang=fa');
    assert.match(offline.body, /<html lang="fa" dir="rtl">/);
  });

  it('serves assets under content-hashed addresses, compressed and cacheable for ever', async () => {
    const page = await get(`/${slug}/de/`);
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body)![1]!;
    const script = /<script type="module" src="([^"]+)"/.exec(page.body)![1]!;
    for (const url of [css, script]) {
      const asset = await get(url, { 'accept-encoding': 'br' });
      assert.equal(asset.statusCode, 200, url);
      assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(asset.headers['content-encoding'], 'br');
    }
    assert.equal((await get('/assets/app.nothing.css')).statusCode, 404);
  });
});
