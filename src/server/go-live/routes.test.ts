import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listAuditEntriesOfRegion } from '../audit/repo.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs } from '../test-support/workspace-requests.ts';
import { CONDITION_CODES } from './conditions.ts';

for (const database of testDatabases()) {
  describe(`the go-live gate on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const newRegion = () => createTestRegion(t.ctx, { status: 'draft' });
    const official = (userId: number) => ({
      userId,
      publicName: 'Amira Beispiel, Integrationsbeauftragte',
      email: 'integration@teststadt.example',
      phone: '',
      officeHours: 'Mo–Do 9–12 Uhr',
      responseDays: 3,
    });
    const publishLegalPages = async (regionId: number) => {
      const page = (title: string) => createPublishedPage(t.ctx, { regionId, titles: { de: title } });
      const [imprint, privacy, accessibility] = await Promise.all([
        page('Impressum'),
        page('Datenschutz'),
        page('Barrierefreiheit'),
      ]);
      return { imprint: imprint.pageId, privacy: privacy.pageId, accessibility: accessibility.pageId };
    };

    it('refuses to go live with 409 naming every unmet condition, then goes live once all are met', async () => {
      const region = await newRegion();
      const { userId } = await signInWithRole(t, 'region-manager', region);
      const manager = await actingAs(t, 'region-manager', region);
      const refused = await manager('PATCH', '/status', { status: 'live' });
      assert.equal(refused.statusCode, 409, refused.body);
      const unmet = refused.json().error.details.unmet.map((condition: { code: string }) => condition.code);
      assert.deepEqual(
        unmet,
        CONDITION_CODES.filter((code) => code !== 'second-language-visible'),
      );
      assert.match(refused.json().error.message, /Name a responsible official/);

      const checklist = (await manager('GET', '/go-live')).json();
      assert.equal(checklist.canGoLive, false);
      assert.equal(checklist.managers.length, 2);

      assert.equal((await manager('PUT', '/official', official(userId))).statusCode, 200);
      assert.equal(
        (await manager('PUT', '/legal-pages', await publishLegalPages(region.id))).statusCode,
        200,
      );
      assert.equal((await manager('GET', '/go-live')).json().canGoLive, true);
      const live = await manager('PATCH', '/status', { status: 'live' });
      assert.equal(live.statusCode, 200, live.body);
      const listed = await t.app.inject({ url: `/api/v1/regions/${region.slug}` });
      assert.equal(listed.statusCode, 200);
      const [entry] = await listAuditEntriesOfRegion(t.ctx.db, { regionId: region.id, limit: 1 });
      assert.deepEqual(
        [entry?.action, entry?.details],
        ['region.status-changed', { from: 'draft', to: 'live' }],
      );
    });

    it('lists the top-level pages not published in the default language, and wants a second visible language', async () => {
      const region = await createTestRegion(t.ctx, {
        status: 'draft',
        languages: [
          { tag: 'de', source: null },
          { tag: 'en', source: 'de', isVisible: false },
        ],
      });
      const englishOnly = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { en: 'Only English' },
      });
      const manager = await actingAs(t, 'region-manager', region);
      const conditions = (await manager('GET', '/go-live')).json().conditions as {
        code: string;
        isMet: boolean;
        pageIds?: number[];
      }[];
      const byCode = new Map(conditions.map((condition) => [condition.code, condition]));
      assert.deepEqual(byCode.get('top-level-pages-published')?.pageIds, [englishOnly.pageId]);
      assert.equal(byCode.get('second-language-visible')?.isMet, false);
    });

    it('checks the official and the legal pages, listing every problem', async () => {
      const region = await newRegion();
      const other = await newRegion();
      const manager = await actingAs(t, 'region-manager', region);
      const editor = await signInWithRole(t, 'editor', region);
      const notManager = await manager('PUT', '/official', official(editor.userId));
      assert.equal(notManager.statusCode, 400);
      assert.match(notManager.body, /must be a region manager here/);
      const incomplete = await manager('PUT', '/official', {
        ...official(editor.userId),
        email: '',
        phone: '',
        officeHours: ' ',
        responseDays: 0,
      });
      assert.equal(incomplete.statusCode, 400);
      const fields = incomplete.json().error.details.issues.map((issue: { field: string }) => issue.field);
      assert.deepEqual(fields.sort(), ['body.email', 'body.officeHours', 'body.responseDays']);
      const foreignPage = await createPublishedPage(t.ctx, { regionId: other.id, titles: { de: 'Fremd' } });
      const wrongPage = await manager('PUT', '/legal-pages', { imprint: foreignPage.pageId });
      assert.equal(wrongPage.statusCode, 400);
      assert.match(wrongPage.body, /is not a page of this region/);
      const editorCalls = await actingAs(t, 'editor', region);
      assert.equal((await editorCalls('PATCH', '/status', { status: 'live' })).statusCode, 403);
    });

    it('lets only a platform admin go live with unmet conditions, with a written reason kept in the audit log', async () => {
      const region = await newRegion();
      const manager = await actingAs(t, 'region-manager', region);
      const reason = 'Pilot week with the city council, official starts Monday.';
      assert.equal(
        (await manager('PATCH', '/status', { status: 'live', overrideReason: reason })).statusCode,
        403,
      );
      const admin = await actingAs(t, 'platform-admin', region);
      assert.equal((await admin('PATCH', '/status', { status: 'live' })).statusCode, 409);
      const tooShort = await admin('PATCH', '/status', { status: 'live', overrideReason: 'because' });
      assert.equal(tooShort.statusCode, 400);
      const overridden = await admin('PATCH', '/status', { status: 'live', overrideReason: reason });
      assert.equal(overridden.statusCode, 200, overridden.body);
      const [entry] = await listAuditEntriesOfRegion(t.ctx.db, { regionId: region.id, limit: 1 });
      assert.equal(entry?.action, 'region.went-live-overridden');
      assert.equal((entry?.details as { reason: string }).reason, reason);
      assert.ok((entry?.details as { unmet: string[] }).unmet.includes('official-named'));
    });

    it('shows the official unmet again when they lose the region-manager role', async () => {
      const region = await newRegion();
      const { userId } = await signInWithRole(t, 'region-manager', region);
      const manager = await actingAs(t, 'region-manager', region);
      await manager('PUT', '/official', official(userId));
      const named = (await manager('GET', '/go-live')).json();
      assert.equal(named.conditions[0].isMet, true);
      assert.equal(named.official.publicName, 'Amira Beispiel, Integrationsbeauftragte');
      await t.ctx.db
        .updateTable('region_roles')
        .set({ role: 'editor' })
        .where('user_id', '=', userId)
        .execute();
      const demoted = (await manager('GET', '/go-live')).json();
      assert.equal(demoted.conditions[0].isMet, false);
      assert.match(demoted.conditions[0].problem, /no longer holds the region-manager role/);
    });
  });
}
