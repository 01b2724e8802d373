import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { randomBytes } from 'node:crypto';
import { listAuditEntriesOfRegion } from '../audit/repo.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { findRegionBySlug } from './repo.ts';

for (const database of testDatabases()) {
  describe(`creating regions in the workspace on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const newSlug = () => `neustadt-${randomBytes(3).toString('hex')}`;
    const request = (headers: Record<string, string>, method: 'GET' | 'POST', payload?: object) =>
      t.app.inject({ method, url: '/api/cms/regions', headers, ...(payload ? { payload } : {}) });
    const asAdmin = async () => await signInWithRole(t, 'platform-admin', await createTestRegion(t.ctx));

    it('lets a platform admin create a draft region with its languages, and audits it', async () => {
      const admin = await asAdmin();
      const slug = newSlug();
      const created = await request(admin.headers, 'POST', {
        slug,
        name: 'Neustadt',
        kind: 'city',
        defaultLanguage: 'de',
        languages: [
          { tag: 'de', source: null },
          { tag: 'ar', source: 'de' },
        ],
      });
      assert.equal(created.statusCode, 201, created.body);
      assert.deepEqual(created.json(), {
        slug,
        name: 'Neustadt',
        kind: 'city',
        status: 'draft',
        defaultLanguage: 'de',
      });
      const region = await findRegionBySlug(t.ctx.db, slug);
      const [entry] = await listAuditEntriesOfRegion(t.ctx.db, { regionId: region!.id, limit: 1 });
      assert.deepEqual([entry?.action, entry?.user_id], ['region.created', admin.userId]);
      const listed = (await request(admin.headers, 'GET')).json().regions;
      assert.ok(listed.some((r: { slug: string }) => r.slug === slug));
      assert.equal((await t.app.inject({ url: `/api/v1/regions/${slug}` })).statusCode, 404, 'not public');
    });

    it('never creates a live region: the status is not part of the request', async () => {
      const admin = await asAdmin();
      const slug = newSlug();
      const created = await request(admin.headers, 'POST', {
        slug,
        name: 'Schnellstadt',
        kind: 'city',
        status: 'live',
        defaultLanguage: 'de',
        languages: [{ tag: 'de', source: null }],
      });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal((await findRegionBySlug(t.ctx.db, slug))?.status, 'draft');
    });

    it('lists every problem of an invalid region', async () => {
      const admin = await asAdmin();
      const refused = await request(admin.headers, 'POST', {
        slug: 'Not A Slug',
        name: '',
        kind: 'village',
        defaultLanguage: 'de',
        languages: [],
      });
      assert.equal(refused.statusCode, 400);
      const fields = refused
        .json()
        .error.details.issues.map((issue: { field: string }) => issue.field)
        .sort();
      assert.deepEqual(fields, ['body.kind', 'body.languages', 'body.name', 'body.slug']);
    });

    it('refuses a slug that exists with 409', async () => {
      const admin = await asAdmin();
      const existing = await createTestRegion(t.ctx);
      const refused = await request(admin.headers, 'POST', {
        slug: existing.slug,
        name: 'Doppelt',
        kind: 'city',
        defaultLanguage: 'de',
        languages: [{ tag: 'de', source: null }],
      });
      assert.equal(refused.statusCode, 409);
    });

    it('lets only platform admins create regions; others see only their own regions', async () => {
      const region = await createTestRegion(t.ctx);
      await createTestRegion(t.ctx);
      const manager = await signInWithRole(t, 'region-manager', region);
      const refused = await request(manager.headers, 'POST', {
        slug: newSlug(),
        name: 'Eigenmächtig',
        kind: 'city',
        defaultLanguage: 'de',
        languages: [{ tag: 'de', source: null }],
      });
      assert.equal(refused.statusCode, 403);
      const listed = (await request(manager.headers, 'GET')).json().regions;
      assert.deepEqual(
        listed.map((r: { slug: string }) => r.slug),
        [region.slug],
      );
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/cms/regions' })).statusCode, 401);
    });
  });
}
