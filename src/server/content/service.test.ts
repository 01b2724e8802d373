import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { AppError } from '../errors.ts';
import { createPage, savePageVersion } from '../pages/service.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { getTranslationStates, saveVersion } from './service.ts';

const issuesOf = (error: unknown) => {
  assert.ok(error instanceof AppError);
  assert.equal(error.code, 'invalid_input');
  return (error.details?.issues as { field: string }[]).map((issue) => issue.field).sort();
};

for (const database of testDatabases()) {
  describe(`content versions on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const statesOf = async (regionId: number, pageId: number) =>
      Object.fromEntries(
        (await getTranslationStates(t.ctx.db, { regionId, itemIds: [pageId] })).get(pageId)!,
      );

    it('derives outdated translations after a real change of the source, along the chain de → en → fa', async () => {
      const region = await createTestRegion(t.ctx);
      const { pageId, versions } = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Wohnen', en: 'Housing', ar: 'السكن' },
      });
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId },
        {
          language: 'fa',
          title: 'مسکن',
          contentHtml: '<p>مسکن</p>',
          status: 'published',
          source: { language: 'en', versionId: versions.en!.id },
        },
      );
      assert.deepEqual(await statesOf(region.id, pageId), {
        de: 'up-to-date',
        en: 'up-to-date',
        fa: 'up-to-date',
        ar: 'up-to-date',
      });

      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId },
        {
          language: 'de',
          title: 'Wohnen',
          contentHtml: '<p>Tippfehler korrigiert</p>',
          status: 'published',
          isMinor: true,
        },
      );
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId },
        {
          language: 'de',
          title: 'Wohnen',
          contentHtml: '<p>Entwurf mit neuen Regeln</p>',
          status: 'draft',
        },
      );
      assert.equal((await statesOf(region.id, pageId)).en, 'up-to-date');

      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId },
        {
          language: 'de',
          title: 'Wohnen',
          contentHtml: '<p>Neue Regeln für den Wohnberechtigungsschein</p>',
          status: 'published',
        },
      );
      assert.deepEqual(await statesOf(region.id, pageId), {
        de: 'up-to-date',
        en: 'outdated',
        fa: 'outdated',
        ar: 'outdated',
      });
    });

    it('keeps every save as its own row and refuses to change a stored text', async () => {
      const region = await createTestRegion(t.ctx);
      const { pageId, versions } = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Arbeit' },
      });
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId },
        {
          language: 'de',
          title: 'Arbeit und Beruf',
          slug: 'arbeit',
          contentHtml: '<p>zweite Fassung</p>',
          status: 'draft',
        },
      );
      const rows = await t.ctx.db
        .selectFrom('content_versions')
        .select(['title', 'status'])
        .where('item_id', '=', pageId)
        .orderBy('id')
        .execute();
      assert.deepEqual(rows, [
        { title: 'Arbeit', status: 'published' },
        { title: 'Arbeit und Beruf', status: 'draft' },
      ]);
      await assert.rejects(
        sql`update content_versions set content_html = '<p>überschrieben</p>' where id = ${versions.de!.id}`.execute(
          t.ctx.db,
        ),
        /immutable/,
      );
      await sql`update content_versions set status = 'review' where id = ${versions.de!.id}`.execute(
        t.ctx.db,
      );
    });

    it('sanitises HTML on the server before storing it', async () => {
      const region = await createTestRegion(t.ctx);
      const pageId = await createPage(t.ctx.db, { regionId: region.id, parentId: null });
      const version = await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId },
        {
          language: 'de',
          title: 'Notfall',
          contentHtml:
            '<p onclick="steal()">Ruf <a href="javascript:alert(1)">110</a><script>alert(1)</script></p>',
          status: 'published',
        },
      );
      assert.equal(version.content_html, '<p>Ruf <a>110</a></p>');
    });

    it('refuses a slug a sibling already has in that language, but allows it elsewhere', async () => {
      const region = await createTestRegion(t.ctx);
      const parent = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Schule' } });
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        parentId: parent.pageId,
        titles: { de: 'Anmeldung' },
      });
      const sibling = await createPage(t.ctx.db, { regionId: region.id, parentId: parent.pageId });
      await assert.rejects(
        savePageVersion(
          t.ctx,
          { regionId: region.id, pageId: sibling },
          {
            language: 'de',
            title: 'Anmeldung',
            contentHtml: '',
            status: 'draft',
          },
        ),
        (error) => issuesOf(error).includes('slug'),
      );
      await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Anmeldung' } });
    });

    it('keeps the app’s own addresses free: no top-level page is called "contact" or "search"', async () => {
      const region = await createTestRegion(t.ctx);
      const topLevel = await createPage(t.ctx.db, { regionId: region.id, parentId: null });
      for (const title of ['Contact', 'Search']) {
        await assert.rejects(
          savePageVersion(
            t.ctx,
            { regionId: region.id, pageId: topLevel },
            { language: 'en', title, contentHtml: '', status: 'draft' },
          ),
          (error) => issuesOf(error).includes('slug'),
        );
      }
      await assert.rejects(
        savePageVersion(
          t.ctx,
          { regionId: region.id, pageId: topLevel },
          { language: 'sw', title: 'Search', contentHtml: '', status: 'draft' },
        ),
        (error) => issuesOf(error).join() === 'language,slug',
        'every problem is listed, the address among them',
      );
      const parent = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Rathaus' } });
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        parentId: parent.pageId,
        titles: { de: 'Kontakt', en: 'Contact' },
      });
      // A page that had such an address before the app took it keeps it: its editors can still save it.
      await saveVersion(
        t.ctx.db,
        { regionId: region.id, itemId: topLevel },
        { language: 'en', title: 'Events', slug: 'events', contentHtml: '', status: 'draft' },
      );
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId: topLevel },
        { language: 'en', title: 'Events', contentHtml: '<p>Now with text.</p>', status: 'draft' },
      );
    });

    it('lists every problem of an invalid version at once', async () => {
      const region = await createTestRegion(t.ctx);
      const pageId = await createPage(t.ctx.db, { regionId: region.id, parentId: null });
      await assert.rejects(
        savePageVersion(
          t.ctx,
          { regionId: region.id, pageId },
          {
            language: 'de',
            title: '   ',
            contentHtml: 'x'.repeat(600_000),
            status: 'published',
          },
        ),
        (error) => {
          assert.deepEqual(issuesOf(error), ['contentHtml', 'title']);
          return true;
        },
      );
      await assert.rejects(
        savePageVersion(
          t.ctx,
          { regionId: region.id, pageId },
          {
            language: 'tr',
            title: 'Sağlık',
            contentHtml: '',
            status: 'draft',
            source: { language: 'de', versionId: 999_999 },
          },
        ),
        (error) => {
          assert.deepEqual(issuesOf(error), ['language', 'source']);
          return true;
        },
      );
    });

    it('keeps regions apart: a page of another region cannot be written or used as a parent', async () => {
      const mine = await createTestRegion(t.ctx);
      const theirs = await createTestRegion(t.ctx);
      const theirPage = await createPublishedPage(t.ctx, { regionId: theirs.id, titles: { de: 'Fremd' } });
      await assert.rejects(
        savePageVersion(
          t.ctx,
          { regionId: mine.id, pageId: theirPage.pageId },
          {
            language: 'de',
            title: 'Übernommen',
            contentHtml: '',
            status: 'published',
          },
        ),
        (error) => error instanceof AppError && error.code === 'not_found',
      );
      await assert.rejects(createPage(t.ctx.db, { regionId: mine.id, parentId: theirPage.pageId }), (error) =>
        issuesOf(error).includes('parentId'),
      );
    });

    it('refuses a region whose language tree is broken, listing the problems', async () => {
      await assert.rejects(
        createTestRegion(t.ctx, {
          defaultLanguage: 'de',
          languages: [
            { tag: 'de', source: 'en' },
            { tag: 'en', source: 'xx' },
            { tag: 'xx', source: 'de' },
          ],
        }),
        (error) => {
          assert.deepEqual(issuesOf(error), ['languages.de', 'languages.xx']);
          return true;
        },
      );
    });
  });
}
