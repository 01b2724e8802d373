import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getTranslationStates } from '../content/service.ts';
import { goLiveConditions } from '../go-live/conditions.ts';
import { loadGoLiveState } from '../go-live/repo.ts';
import { findRegionBySlug, listRegionLanguages } from '../regions/repo.ts';
import { testDatabases } from '../test-support/databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { seedDemoRegion } from './seed-demo.ts';

const [embedded] = testDatabases();

describe('demo region Musterstadt', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(embedded!);
  });
  after(() => t.close());

  it('seeds at least 30 pages in a three-level tree, in German, English, Arabic, Ukrainian and Farsi', async () => {
    const result = await seedDemoRegion(t.ctx);
    assert.equal(result.isCreated, true);
    assert.ok(result.pages >= 30, `${result.pages} pages`);
    for (const language of ['de', 'en', 'ar', 'uk', 'fa']) {
      const response = await t.app.inject({ url: `/api/v1/regions/musterstadt/${language}/pages` });
      assert.equal(response.statusCode, 200);
      const pages: { path: string }[] = response.json().pages;
      assert.ok(pages.length >= 29, `${language}: ${pages.length}`);
      assert.ok(
        pages.some((page) => page.path.split('/').length === 3),
        `${language} has a third level`,
      );
    }
  });

  it('shows every translation state: one outdated and one missing translation', async () => {
    const region = (await findRegionBySlug(t.ctx.db, 'musterstadt'))!;
    const pageIds = (
      await t.ctx.db.selectFrom('pages').select('id').where('region_id', '=', region.id).execute()
    ).map((page) => page.id);
    const states = await getTranslationStates(t.ctx.db, { regionId: region.id, itemIds: pageIds });
    const found: string[] = [];
    for (const [, perLanguage] of states) {
      for (const [language, state] of perLanguage) {
        if (language !== 'de-x-easy' && state !== 'up-to-date') found.push(`${language}:${state}`);
      }
    }
    assert.deepEqual(found.sort(), ['en:outdated', 'fa:missing']);
  });

  it('meets every go-live condition, and its contact page names the official and the legal pages', async () => {
    const region = (await findRegionBySlug(t.ctx.db, 'musterstadt'))!;
    const languages = await listRegionLanguages(t.ctx.db, region.id);
    const actor = { isPlatformAdmin: true, role: undefined, translatorLanguages: [] };
    const { facts } = await loadGoLiveState(t.ctx.db, { region, languages, actor });
    assert.deepEqual(
      goLiveConditions(facts).filter((condition) => !condition.isMet),
      [],
    );
    const contact = (await t.app.inject({ url: '/api/v1/regions/musterstadt/ar/contact' })).json();
    assert.equal(contact.official.name, 'Integrationsbüro der Stadt Musterstadt');
    assert.deepEqual(
      contact.legalPages.map((page: { purpose: string; language: string }) => [page.purpose, page.language]),
      [
        ['imprint', 'ar'],
        ['privacy', 'ar'],
        ['accessibility', 'ar'],
      ],
    );
  });

  it('is idempotent', async () => {
    const again = await seedDemoRegion(t.ctx);
    assert.equal(again.isCreated, false);
    const regions = await t.ctx.db
      .selectFrom('regions')
      .select('slug')
      .where('slug', '=', 'musterstadt')
      .execute();
    assert.equal(regions.length, 1);
  });

  it('is found by postal code and ignores case and accents', async () => {
    for (const query of ['12345', 'MUSTERSTADT', 'altstadt']) {
      const response = await t.app.inject({ url: `/api/v1/regions?q=${query}` });
      assert.deepEqual(
        response.json().regions.map((region: { slug: string }) => region.slug),
        ['musterstadt'],
        query,
      );
    }
  });
});
