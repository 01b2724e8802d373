import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPage, savePageVersion } from '../pages/service.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';

for (const database of testDatabases()) {
  describe(`public search on ${database.name}`, () => {
    let t: TestApp;
    let slug: string;
    before(async () => {
      t = await startTestApp(database);
      const region = await createTestRegion(t.ctx);
      slug = region.slug;
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Deutsch lernen', en: 'Learning German' },
        html: '<p>Ein Deutschkurs für Frauen mit Kinderbetreuung. Anmeldung im Bürgerbüro.</p>',
      });
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Wohnberechtigungsschein' },
        html: '<p>Den Wohnberechtigungsschein beantragen Sie im Wohnungsamt.</p>',
      });
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Sprachkurse', ar: 'دورات اللغة' },
        html: '<p>دورة اللغة الألمانية مجانية للاجئين.</p>',
      });
      const archived = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Alter Deutschkurs' },
        html: '<p>Dieser Deutschkurs findet nicht mehr statt.</p>',
      });
      await t.ctx.db
        .updateTable('pages')
        .set({ is_archived: true })
        .where('id', '=', archived.pageId)
        .execute();
      t.ctx.cache.invalidateRegionContent(region.id);
      const draft = await createPage(t.ctx.db, { regionId: region.id, parentId: null });
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId: draft },
        {
          language: 'de',
          title: 'Geheimkurs',
          contentHtml: '<p>Noch nicht veröffentlicht: Geheimkurs.</p>',
          status: 'draft',
        },
      );
    });
    after(() => t.close());

    const search = async (language: string, query: string) => {
      const response = await t.app.inject({
        url: `/api/v1/regions/${slug}/${language}/search?q=${encodeURIComponent(query)}`,
      });
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as {
        results: {
          title: string;
          language: string;
          isDefaultLanguageOnly: boolean;
          snippet: { text: string; isMatch: boolean }[];
        }[];
      };
    };
    const titles = async (language: string, query: string) =>
      (await search(language, query)).results.map((r) => r.title);

    it('finds by full text with stemming, and by typos and split compounds', async () => {
      for (const query of ['Deutschkurs', 'Deutschkurse', 'Detschkurs', 'deutsch kurs', 'DEUTSCHKURS']) {
        assert.deepEqual(await titles('de', query), ['Deutsch lernen'], query);
      }
    });

    it('finds Arabic spelt the way people type it: alef without hamza, ha for ta marbuta', async () => {
      for (const query of ['الألمانية', 'الالمانيه', 'الالمانية']) {
        assert.deepEqual(await titles('ar', query), ['دورات اللغة'], query);
      }
      const [result] = (await search('ar', 'الالمانيه')).results;
      assert.deepEqual(
        result!.snippet.filter((part) => part.isMatch).map((part) => part.text),
        ['الألمانية'],
      );
    });

    it('highlights the matching words in the snippet', async () => {
      const [result] = (await search('de', 'Detschkurs')).results;
      const matched = result!.snippet.filter((part) => part.isMatch).map((part) => part.text);
      assert.deepEqual(matched, ['Deutschkurs']);
    });

    it('includes pages that exist only in the default language, marked as such', async () => {
      const { results } = await search('en', 'Wohnberechtigungsschein');
      assert.equal(results.length, 1);
      assert.deepEqual(
        { title: results[0]!.title, language: results[0]!.language, only: results[0]!.isDefaultLanguageOnly },
        { title: 'Wohnberechtigungsschein', language: 'de', only: true },
      );
      assert.deepEqual(await titles('en', 'learning'), ['Learning German']);
    });

    it('never returns archived pages or drafts', async () => {
      assert.ok(!(await titles('de', 'Deutschkurs')).includes('Alter Deutschkurs'));
      assert.deepEqual(await titles('de', 'Geheimkurs'), []);
    });

    it('answers 400 without a query and 404 for a language the region does not show', async () => {
      assert.equal((await t.app.inject({ url: `/api/v1/regions/${slug}/de/search` })).statusCode, 400);
      assert.equal(
        (await t.app.inject({ url: `/api/v1/regions/${slug}/de/search?q=${'x'.repeat(201)}` })).statusCode,
        400,
      );
      assert.equal((await t.app.inject({ url: `/api/v1/regions/${slug}/tr/search?q=kurs` })).statusCode, 404);
    });

    it('takes SQL and full-text syntax in the query as plain text', async () => {
      for (const query of ["'; drop table pages; --", 'kurs & | ! ( )', '"unclosed', '-', '::']) {
        await search('de', query);
      }
      assert.deepEqual(await titles('de', 'Deutschkurs'), ['Deutsch lernen']);
    });
  });
}
