import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs, publicTitles } from '../test-support/workspace-requests.ts';
import type { Role } from '../users/schema.ts';

for (const database of testDatabases()) {
  describe(`writing, reviewing and restoring page versions in the workspace on ${database.name}`, () => {
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

    it('lets an author write and submit, an editor send back and approve, and the page go public', async () => {
      const region = await createTestRegion(t.ctx);
      const author = await as('author', region);
      const editor = await as('editor', region);
      const page = (await author('POST', '/pages', { parentId: null })).json();
      const first = await author('POST', `/pages/${page.id}/versions`, draft(null));
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(
        (await author('POST', `/pages/${page.id}/versions`, draft(first.json().id, { status: 'published' })))
          .statusCode,
        403,
      );
      const submitted = (
        await author('POST', `/pages/${page.id}/versions`, draft(first.json().id, { status: 'review' }))
      ).json();
      assert.equal(
        (await author('POST', `/versions/${submitted.id}/review`, { decision: 'approve' })).statusCode,
        403,
      );

      const withoutReason = await editor('POST', `/versions/${submitted.id}/review`, {
        decision: 'send-back',
      });
      assert.equal(withoutReason.statusCode, 400);
      assert.equal(
        (
          await editor('POST', `/versions/${submitted.id}/review`, {
            decision: 'send-back',
            comment: 'Bitte Öffnungszeiten ergänzen.',
          })
        ).statusCode,
        200,
      );
      const history = (await author('GET', `/pages/${page.id}/versions?language=de`)).json();
      assert.equal(history.versions[0].status, 'draft');
      assert.deepEqual(
        history.versions[0].reviews.map((r: { comment: string }) => r.comment),
        ['Bitte Öffnungszeiten ergänzen.'],
      );

      const again = (
        await author(
          'POST',
          `/pages/${page.id}/versions`,
          draft(submitted.id, { status: 'review', contentHtml: '<p>Mo–Fr 8–12 Uhr.</p>' }),
        )
      ).json();
      assert.deepEqual(await publicPages(region.slug), []);
      assert.equal(
        (await editor('POST', `/versions/${again.id}/review`, { decision: 'approve' })).statusCode,
        200,
      );
      assert.deepEqual(await publicPages(region.slug), ['Kita-Anmeldung']);
      assert.equal(
        (await editor('POST', `/versions/${again.id}/review`, { decision: 'approve' })).statusCode,
        409,
      );
    });

    it('detects a concurrent edit: the second save gets 409 with both versions, and nothing is overwritten', async () => {
      const region = await createTestRegion(t.ctx);
      const first = await as('editor', region);
      const second = await as('editor', region);
      const page = (await first('POST', '/pages', { parentId: null })).json();
      const base = (await first('POST', `/pages/${page.id}/versions`, draft(null))).json();
      const mine = await first(
        'POST',
        `/pages/${page.id}/versions`,
        draft(base.id, { contentHtml: '<p>Erste Fassung</p>' }),
      );
      assert.equal(mine.statusCode, 201);
      const theirs = await second(
        'POST',
        `/pages/${page.id}/versions`,
        draft(base.id, { contentHtml: '<p>Zweite Fassung</p>' }),
      );
      assert.equal(theirs.statusCode, 409);
      const details = theirs.json().error.details;
      assert.deepEqual(details.theirs, mine.json(), 'their version as the workspace shows versions');
      assert.deepEqual(details.yours, {
        ...draft(base.id, { contentHtml: '<p>Zweite Fassung</p>' }),
        isMinor: false,
        source: null,
      });
      const history = (await first('GET', `/pages/${page.id}/versions?language=de`)).json();
      assert.deepEqual(
        history.versions.map((v: { contentHtml: string }) => v.contentHtml),
        ['<p>Erste Fassung</p>', '<p>So melden Sie Ihr Kind an.</p>'],
      );
      const merged = await second(
        'POST',
        `/pages/${page.id}/versions`,
        draft(mine.json().id, { contentHtml: '<p>Beide Fassungen</p>' }),
      );
      assert.equal(merged.statusCode, 201);
    });

    it('refuses images without a text alternative, naming each, and drops images from other sites', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await as('editor', region);
      const page = (await editor('POST', '/pages', { parentId: null })).json();
      const image = (id: number, alt?: string) =>
        `<img src="/media/${region.slug}/${id}/bild.png"${alt === undefined ? '' : ` alt="${alt}"`}>`;
      const refused = await editor(
        'POST',
        `/pages/${page.id}/versions`,
        draft(null, { contentHtml: `<p>${image(1, 'Rathaus')}${image(2)}</p><p>${image(3, '  ')}</p>` }),
      );
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().error.code, 'invalid_input');
      assert.deepEqual(
        refused
          .json()
          .error.details.issues.map((issue: { field: string; message: string }) => [
            issue.field,
            issue.message.includes(`/media/${region.slug}/`),
          ]),
        [
          ['contentHtml.images.1', true],
          ['contentHtml.images.2', true],
        ],
      );
      const saved = await editor(
        'POST',
        `/pages/${page.id}/versions`,
        draft(null, {
          contentHtml: `<p>${image(1, 'Rathaus')}<img src="https://tracker.example/pixel.gif"></p>`,
        }),
      );
      assert.equal(saved.statusCode, 201, saved.body);
      assert.equal(
        saved.json().contentHtml,
        `<p><img src="/media/${region.slug}/1/bild.png" alt="Rathaus" /></p>`,
      );
    });

    it('restores an old version as a new draft and keeps the history whole', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await as('editor', region);
      const page = (await editor('POST', '/pages', { parentId: null })).json();
      const v1 = (
        await editor('POST', `/pages/${page.id}/versions`, draft(null, { status: 'published' }))
      ).json();
      const v2 = (
        await editor(
          'POST',
          `/pages/${page.id}/versions`,
          draft(v1.id, { status: 'published', contentHtml: '<p>Fehler</p>' }),
        )
      ).json();
      const restored = await editor('POST', `/pages/${page.id}/versions/${v1.id}/restore`);
      assert.equal(restored.statusCode, 201);
      assert.equal(restored.json().status, 'draft');
      assert.equal(restored.json().contentHtml, v1.contentHtml);
      const ids = (await editor('GET', `/pages/${page.id}/versions?language=de`))
        .json()
        .versions.map((v: { id: number }) => v.id);
      assert.deepEqual(ids, [restored.json().id, v2.id, v1.id]);
    });

    it('tells where the public reads a page once it is published in that language', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await as('editor', region);
      const page = (await editor('POST', '/pages', { parentId: null })).json();
      const first = (await editor('POST', `/pages/${page.id}/versions`, draft(null))).json();
      const beforePublishing = (await editor('GET', `/pages/${page.id}/versions?language=de`)).json();
      assert.equal(beforePublishing.publicUrl, null);
      await editor('POST', `/pages/${page.id}/versions`, draft(first.id, { status: 'published' }));
      const published = (await editor('GET', `/pages/${page.id}/versions?language=de`)).json();
      assert.equal(published.publicUrl, `/${region.slug}/de/kita-anmeldung`);
      const english = (await editor('GET', `/pages/${page.id}/versions?language=en`)).json();
      assert.equal(english.publicUrl, null, 'not public in a language it has no text in');
    });

    it('records publishing, archiving and restores in the region’s audit log, for managers to filter', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await as('editor', region);
      const manager = await as('region-manager', region);
      const page = (await editor('POST', '/pages', { parentId: null })).json();
      const v1 = (
        await editor('POST', `/pages/${page.id}/versions`, draft(null, { status: 'published' }))
      ).json();
      await editor('POST', `/pages/${page.id}/versions/${v1.id}/restore`);
      await editor('PATCH', `/pages/${page.id}`, { isArchived: true });
      const all = (await manager('GET', '/audit?action=page.'))
        .json()
        .entries.map((e: { action: string }) => e.action);
      assert.deepEqual(all, ['page.archived', 'page.version-restored', 'page.published']);
      const onlyPublished = (await manager('GET', '/audit?action=page.pub')).json().entries;
      assert.equal(onlyPublished.length, 1);
      assert.match(onlyPublished[0].userEmail, /^editor-/);
      assert.equal((await editor('GET', '/audit')).statusCode, 403);
      assert.equal((await manager('GET', '/audit?since=yesterday-ish')).statusCode, 400);
      const tooOld = await manager('GET', '/audit?since=-200000-01-01');
      assert.equal(tooOld.statusCode, 400, 'a date JavaScript knows but PostgreSQL cannot hold');
      assert.equal(tooOld.json().error.code, 'invalid_input');
      assert.equal((await manager('GET', '/pages/3000000000/versions?language=de')).statusCode, 400);
    });
  });
}
