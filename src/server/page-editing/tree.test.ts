import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs, publicTitles } from '../test-support/workspace-requests.ts';
import type { Role } from '../users/schema.ts';

for (const database of testDatabases()) {
  describe(`the page tree in the workspace: structure, states and who may do what on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const as = (role: Role, region: { id: number; slug: string }, translatorLanguages: string[] = []) =>
      actingAs(t, role, region, translatorLanguages);
    const draft = (baseVersionId: number | null, extra: object = {}) => ({
      language: 'de',
      title: 'Kita-Anmeldung',
      contentHtml: '<p>So melden Sie Ihr Kind an.</p>',
      status: 'draft',
      baseVersionId,
      ...extra,
    });
    const publicPages = (slug: string, language = 'de') => publicTitles(t, slug, language);

    it('moves, archives and restores pages, and refuses to move a page below itself', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await as('editor', region);
      const parent = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Wohnen' } });
      const child = await createPublishedPage(t.ctx, {
        regionId: region.id,
        parentId: parent.pageId,
        titles: { de: 'Miete' },
      });
      assert.equal(
        (await editor('PATCH', `/pages/${parent.pageId}`, { parentId: child.pageId })).statusCode,
        400,
      );
      assert.equal((await editor('PATCH', `/pages/${parent.pageId}`, {})).statusCode, 400);
      assert.equal(
        (await editor('PATCH', `/pages/${child.pageId}`, { parentId: null, position: 0 })).statusCode,
        200,
      );
      assert.deepEqual(await publicPages(region.slug), ['Miete', 'Wohnen']);
      assert.equal((await editor('PATCH', `/pages/${parent.pageId}`, { isArchived: true })).statusCode, 200);
      assert.deepEqual(await publicPages(region.slug), ['Miete']);
      const tree = (await editor('GET', '/pages')).json();
      assert.equal(tree.pages.find((p: { id: number }) => p.id === parent.pageId).isArchived, true);
      await editor('PATCH', `/pages/${parent.pageId}`, { isArchived: false });
      assert.deepEqual(await publicPages(region.slug), ['Miete', 'Wohnen']);
    });

    it('shows translation states in the tree, and lets translators write only their languages', async () => {
      const region = await createTestRegion(t.ctx);
      const page = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Arbeit', en: 'Work' },
      });
      const translator = await as('translator', region, ['ar']);
      const tree = (await translator('GET', '/pages')).json();
      assert.deepEqual(tree.languageSources, { de: null, en: 'de', fa: 'en', ar: 'de' });
      const languages = tree.pages[0].languages;
      assert.deepEqual(
        [languages.de.state, languages.en.state, languages.ar.state],
        ['up-to-date', 'up-to-date', 'missing'],
      );
      const arabic = {
        language: 'ar',
        title: 'العمل',
        contentHtml: '<p>العمل</p>',
        status: 'review',
        baseVersionId: null,
        source: { language: 'de', versionId: page.versions.de!.id },
      };
      assert.equal((await translator('POST', `/pages/${page.pageId}/versions`, arabic)).statusCode, 201);
      assert.equal(
        (await translator('POST', `/pages/${page.pageId}/versions`, { ...arabic, status: 'published' }))
          .statusCode,
        403,
      );
      assert.equal(
        (await translator('POST', `/pages/${page.pageId}/versions`, { ...arabic, language: 'fa' }))
          .statusCode,
        403,
      );
      assert.equal(
        (await translator('POST', `/pages/${page.pageId}/versions`, draft(page.versions.de!.id))).statusCode,
        403,
      );
      assert.equal((await translator('POST', '/pages', { parentId: null })).statusCode, 403);
    });

    it('never lets two siblings share a public address: renames in draft, moves and approvals are checked', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await as('editor', region);
      const author = await as('author', region);
      const a = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Termine' } });
      const renamed = await editor(
        'POST',
        `/pages/${a.pageId}/versions`,
        draft(a.versions.de!.id, { title: 'Sprechzeiten' }),
      );
      assert.equal(renamed.statusCode, 201);
      const b = (await editor('POST', '/pages', { parentId: null })).json();
      const clash = await editor(
        'POST',
        `/pages/${b.id}/versions`,
        draft(null, { title: 'Termine', status: 'published' }),
      );
      assert.equal(clash.statusCode, 400, 'A is still public as "termine"');
      assert.match(clash.json().error.message, /already uses "termine"/);

      const parent = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Beratung' } });
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        parentId: parent.pageId,
        titles: { de: 'Termine' },
      });
      assert.equal(
        (await editor('PATCH', `/pages/${a.pageId}`, { parentId: parent.pageId })).statusCode,
        400,
      );

      const c = (await author('POST', '/pages', { parentId: parent.pageId })).json();
      const inReview = await author(
        'POST',
        `/pages/${c.id}/versions`,
        draft(null, { title: 'Termine', status: 'review' }),
      );
      assert.equal(inReview.statusCode, 400, 'the same check when submitting');
      const other = (
        await author('POST', `/pages/${c.id}/versions`, draft(null, { title: 'Anmeldung', status: 'review' }))
      ).json();
      await assert.rejects(
        createPublishedPage(t.ctx, {
          regionId: region.id,
          parentId: parent.pageId,
          titles: { de: 'Anmeldung' },
        }),
        /already uses "anmeldung"/,
        'the version waiting in review holds its address',
      );
      assert.equal(
        (await editor('POST', `/versions/${other.id}/review`, { decision: 'approve' })).statusCode,
        200,
      );
      assert.deepEqual(
        (await t.app.inject({ url: `/api/v1/regions/${region.slug}/de/pages` }))
          .json()
          .pages.map((p: { path: string }) => p.path)
          .sort(),
        ['beratung', 'beratung/anmeldung', 'beratung/termine', 'termine'],
      );
    });

    it('lets authors arrange their drafts, but only those who may publish move or archive a public page', async () => {
      const region = await createTestRegion(t.ctx);
      const author = await as('author', region);
      const published = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Notfall' } });
      const mine = (await author('POST', '/pages', { parentId: null })).json();
      await author('POST', `/pages/${mine.id}/versions`, draft(null));
      assert.equal((await author('PATCH', `/pages/${mine.id}`, { position: 0 })).statusCode, 200);
      assert.equal(
        (await author('PATCH', `/pages/${published.pageId}`, { isArchived: true })).statusCode,
        403,
      );
      assert.equal(
        (await author('PATCH', `/pages/${published.pageId}`, { parentId: mine.id })).statusCode,
        403,
      );
    });

    it('lets an observer read but change nothing', async () => {
      const region = await createTestRegion(t.ctx);
      const page = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Schule' } });
      const observer = await as('observer', region);
      assert.equal((await observer('GET', '/pages')).statusCode, 200);
      assert.equal((await observer('POST', '/pages', { parentId: null })).statusCode, 403);
      assert.equal(
        (await observer('POST', `/pages/${page.pageId}/versions`, draft(page.versions.de!.id))).statusCode,
        403,
      );
      assert.equal((await observer('PATCH', `/pages/${page.pageId}`, { isArchived: true })).statusCode, 403);
    });

    it('keeps regions apart: a user of region A can neither read nor change region B, even by guessing ids', async () => {
      const regionA = await createTestRegion(t.ctx);
      const regionB = await createTestRegion(t.ctx);
      const pageB = await createPublishedPage(t.ctx, { regionId: regionB.id, titles: { de: 'Geheim' } });
      const managerA = await as('region-manager', regionA);
      const inB = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
        (await managerA(method, url, payload, regionB.slug)).statusCode;
      assert.equal(await inB('GET', '/pages'), 404);
      assert.equal(await inB('POST', `/pages/${pageB.pageId}/versions`, draft(pageB.versions.de!.id)), 404);
      // Through region A's address, region B's ids are simply not there.
      assert.equal(
        (await managerA('POST', `/pages/${pageB.pageId}/versions`, draft(pageB.versions.de!.id))).statusCode,
        404,
      );
      assert.equal((await managerA('PATCH', `/pages/${pageB.pageId}`, { isArchived: true })).statusCode, 404);
      assert.equal(
        (await managerA('POST', `/versions/${pageB.versions.de!.id}/review`, { decision: 'approve' }))
          .statusCode,
        404,
      );
      assert.equal(
        (await managerA('GET', `/pages/${pageB.pageId}/versions?language=de`)).json().versions.length,
        0,
      );
      assert.equal(
        (await managerA('POST', `/pages/${pageB.pageId}/versions/${pageB.versions.de!.id}/restore`))
          .statusCode,
        404,
      );
      assert.equal((await managerA('POST', '/pages', { parentId: pageB.pageId })).statusCode, 400);
      assert.deepEqual(await publicPages(regionB.slug), ['Geheim']);
    });
  });
}
