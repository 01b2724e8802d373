import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { actingAs } from '../test-support/workspace-requests.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';

for (const database of testDatabases()) {
  describe(`autosave in the workspace on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const typing = (baseVersionId: number | null, extra: object = {}) => ({
      language: 'de',
      title: 'Kita',
      contentHtml: '<p>Halb geschrieben<script>alert(1)</script></p>',
      baseVersionId,
      ...extra,
    });

    it('keeps what an editor types, returns it to them alone, and drops it when they save a version', async () => {
      const region = await createTestRegion(t.ctx);
      const page = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Kita' } });
      const base = page.versions.de!.id;
      const editor = await actingAs(t, 'editor', region);
      const colleague = await actingAs(t, 'editor', region);
      const url = `/pages/${page.pageId}/autosave`;

      assert.equal((await editor('GET', `${url}?language=de`)).statusCode, 404);
      const first = await editor('PUT', url, typing(base, { title: '' }));
      assert.equal(first.statusCode, 200, first.body);
      assert.ok(!Number.isNaN(Date.parse(first.json().savedAt)));
      const second = await editor('PUT', url, typing(base, { slug: 'kita-neu' }));
      assert.equal(second.statusCode, 200);
      const kept = await editor('GET', `${url}?language=de`);
      assert.equal(kept.statusCode, 200);
      assert.deepEqual(kept.json(), {
        language: 'de',
        title: 'Kita',
        slug: 'kita-neu',
        contentHtml: '<p>Halb geschrieben</p>',
        baseVersionId: base,
        savedAt: second.json().savedAt,
      });
      assert.equal((await colleague('GET', `${url}?language=de`)).statusCode, 404, 'only one’s own');
      await colleague('PUT', url, typing(base, { title: 'Kita der Kollegin' }));

      const conflict = await editor('POST', `/pages/${page.pageId}/versions`, {
        ...typing(base + 1000),
        status: 'draft',
      });
      assert.equal(conflict.statusCode, 409);
      assert.equal((await editor('GET', `${url}?language=de`)).statusCode, 200, 'a refused save keeps it');
      const saved = await editor('POST', `/pages/${page.pageId}/versions`, {
        ...typing(base),
        status: 'draft',
      });
      assert.equal(saved.statusCode, 201, saved.body);
      assert.equal((await editor('GET', `${url}?language=de`)).statusCode, 404);
      assert.equal((await colleague('GET', `${url}?language=de`)).json().title, 'Kita der Kollegin');

      assert.equal((await colleague('DELETE', `${url}?language=de`)).statusCode, 200);
      assert.equal((await colleague('GET', `${url}?language=de`)).statusCode, 404);
      assert.equal(
        (await colleague('DELETE', `${url}?language=de`)).statusCode,
        200,
        'nothing left to delete',
      );
    });

    it('takes the right to write in that language: translators only theirs, observers not at all', async () => {
      const region = await createTestRegion(t.ctx);
      const page = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Arbeit' } });
      const url = `/pages/${page.pageId}/autosave`;
      const translator = await actingAs(t, 'translator', region, ['ar']);
      assert.equal((await translator('PUT', url, typing(null, { language: 'ar' }))).statusCode, 200);
      assert.equal((await translator('PUT', url, typing(page.versions.de!.id))).statusCode, 403);
      assert.equal((await translator('PUT', url, typing(null, { language: 'fa' }))).statusCode, 403);
      const observer = await actingAs(t, 'observer', region);
      assert.equal((await observer('PUT', url, typing(page.versions.de!.id))).statusCode, 403);
    });

    it('refuses a base version of another page or language, an unknown page, and other regions', async () => {
      const region = await createTestRegion(t.ctx);
      const page = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'A', en: 'A' } });
      const other = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'B' } });
      const editor = await actingAs(t, 'editor', region);
      const url = `/pages/${page.pageId}/autosave`;
      const wrongBase = await editor('PUT', url, typing(other.versions.de!.id));
      assert.equal(wrongBase.statusCode, 400);
      assert.equal(wrongBase.json().error.details.issues[0].field, 'baseVersionId');
      assert.equal((await editor('PUT', url, typing(page.versions.en!.id))).statusCode, 400);
      const unknownLanguage = await editor('PUT', url, typing(null, { language: 'uk' }));
      assert.equal(unknownLanguage.statusCode, 400);
      assert.equal((await editor('PUT', `/pages/999999/autosave`, typing(null))).statusCode, 404);
      assert.equal((await editor('GET', `${url}`)).statusCode, 400, 'the language is required');

      const regionB = await createTestRegion(t.ctx);
      const pageB = await createPublishedPage(t.ctx, { regionId: regionB.id, titles: { de: 'B' } });
      assert.equal(
        (await editor('PUT', `/pages/${pageB.pageId}/autosave`, typing(null), regionB.slug)).statusCode,
        404,
      );
      assert.equal((await editor('PUT', `/pages/${pageB.pageId}/autosave`, typing(null))).statusCode, 404);
    });
  });
}
