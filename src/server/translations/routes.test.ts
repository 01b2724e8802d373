import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { savePageVersion } from '../pages/service.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';

for (const database of testDatabases()) {
  describe(`the translators' overview on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    /** A region (de → en, ar; en → fa) with one page in every state the overview knows. */
    const regionWithWork = async () => {
      const region = await createTestRegion(t.ctx);
      const text = (language: string, extra: object) => ({
        language,
        title: `Titel ${language}`,
        contentHtml: '<p>Text</p>',
        status: 'draft' as const,
        ...extra,
      });
      const page = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Kita', en: 'Daycare' },
      });
      const target = { regionId: region.id, pageId: page.pageId };
      const source = { language: 'de', versionId: page.versions.de!.id };
      await savePageVersion(t.ctx, target, text('ar', { source }));
      await savePageVersion(t.ctx, target, text('fa', { isMachineTranslated: true, source }));
      const changed = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Schule', en: 'School' },
      });
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId: changed.pageId },
        {
          language: 'de',
          title: 'Schule',
          contentHtml: '<p>Neu: Anmeldung bis März.</p>',
          status: 'published',
        },
      );
      return { region, kita: page.pageId, school: changed.pageId };
    };

    it('lists every page × language with where it stands, and counts per language', async () => {
      const { region, kita, school } = await regionWithWork();
      const { headers } = await signInWithRole(t, 'translator', region, ['ar']);
      const response = await t.app.inject({ url: `/api/cms/regions/${region.slug}/translations`, headers });
      assert.equal(response.statusCode, 200, response.body);
      const overview = response.json();
      const statesOf = (pageId: number) =>
        overview.items.find((item: { pageId: number }) => item.pageId === pageId).states;
      assert.deepEqual(statesOf(kita), {
        de: 'up-to-date',
        en: 'up-to-date',
        fa: 'machine-translated',
        ar: 'in-translation',
      });
      assert.deepEqual(statesOf(school), { de: 'up-to-date', en: 'outdated', fa: 'missing', ar: 'missing' });
      const english = overview.languages.find((language: { tag: string }) => language.tag === 'en');
      assert.deepEqual(english.counts, {
        missing: 0,
        outdated: 1,
        'in-translation': 0,
        'machine-translated': 0,
        'up-to-date': 1,
      });
      assert.equal(english.upToDatePercent, 50);

      const outdated = await t.app.inject({
        url: `/api/cms/regions/${region.slug}/translations?language=en&state=outdated`,
        headers,
      });
      assert.deepEqual(
        outdated.json().items.map((item: { title: string }) => item.title),
        ['Schule'],
      );
    });

    it('exports the overview as CSV for spreadsheets, formulas defused', async () => {
      const { region } = await regionWithWork();
      await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: '=HYPERLINK("x")' } });
      const { headers } = await signInWithRole(t, 'observer', region);
      const response = await t.app.inject({
        url: `/api/cms/regions/${region.slug}/translations.csv`,
        headers,
      });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^text\/csv/);
      assert.match(String(response.headers['content-disposition']), /attachment; filename="translations-/);
      const lines = response.body
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      assert.equal(lines[0], 'page_id,title,de,en,fa,ar');
      assert.match(lines[1]!, /^\d+,Kita,up-to-date,up-to-date,machine-translated,in-translation$/);
      assert.match(lines[3]!, /^\d+,"'=HYPERLINK\(""x""\)",up-to-date,missing,missing,missing$/);
    });

    it('refuses an unknown language and people of other regions', async () => {
      const { region } = await regionWithWork();
      const other = await createTestRegion(t.ctx);
      const member = await signInWithRole(t, 'editor', region);
      const stranger = await signInWithRole(t, 'editor', other);
      const unknown = await t.app.inject({
        url: `/api/cms/regions/${region.slug}/translations?language=xx&state=missing`,
        headers: member.headers,
      });
      assert.equal(unknown.statusCode, 400);
      assert.match(unknown.json().error.message, /no language "xx"/);
      const refused = await t.app.inject({
        url: `/api/cms/regions/${region.slug}/translations`,
        headers: stranger.headers,
      });
      assert.equal(refused.statusCode, 404);
    });

    it('lets a translator confirm a translation still correct after a trivial source change', async () => {
      const region = await createTestRegion(t.ctx);
      const page = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Kita', ar: 'روضة' },
      });
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId: page.pageId },
        { language: 'de', title: 'Kita', contentHtml: '<p>Kita, mit Komma.</p>', status: 'published' },
      );
      const translator = await signInWithRole(t, 'translator', region, ['ar']);
      const author = await signInWithRole(t, 'author', region);
      const confirm = (headers: Record<string, string>, language = 'ar') =>
        t.app.inject({
          method: 'POST',
          url: `/api/cms/regions/${region.slug}/pages/${page.pageId}/still-correct`,
          headers,
          payload: { language },
        });
      const arabicState = async () =>
        (
          await t.app.inject({
            url: `/api/cms/regions/${region.slug}/translations`,
            headers: translator.headers,
          })
        ).json().items[0].states.ar;
      assert.equal(await arabicState(), 'outdated');
      assert.equal((await confirm(author.headers)).statusCode, 403);
      assert.equal(
        (await confirm(translator.headers, 'en')).statusCode,
        403,
        'not the translator’s language',
      );

      const confirmed = await confirm(translator.headers);
      assert.equal(confirmed.statusCode, 201, confirmed.body);
      assert.equal(confirmed.json().contentHtml, page.versions.ar!.content_html, 'the text is unchanged');
      assert.equal(confirmed.json().status, 'published');
      assert.equal(await arabicState(), 'up-to-date');
      const again = await confirm(translator.headers);
      assert.equal(again.statusCode, 409);
      assert.match(again.json().error.message, /newest source already/);
    });
  });
}
