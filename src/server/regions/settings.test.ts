import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { fromBase32, totpCode } from '../auth/totp.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { insertRegionRole } from '../users/repo.ts';
import { createUser } from '../users/service.ts';

const password = 'a long enough passphrase';

for (const database of testDatabases()) {
  describe(`region settings on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    type Headers = { cookie: string; 'x-csrf-token': string };
    const settingsOf = (slug: string, headers: Headers) =>
      t.app.inject({ url: `/api/cms/regions/${slug}/settings`, headers });
    const change = (slug: string, headers: Headers, requiresManagerTotp: boolean) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/cms/regions/${slug}/settings`,
        headers,
        payload: { requiresManagerTotp },
      });
    const signInPlatformAdmin = async (managerOf?: { id: number }): Promise<Headers> => {
      const email = `admin-${randomBytes(4).toString('hex')}@example.org`;
      const user = await createUser(t.ctx.db, { email, password, role: 'platform-admin' });
      if (managerOf) {
        await insertRegionRole(t.ctx.db, {
          user_id: user.id,
          region_id: managerOf.id,
          role: 'region-manager',
        });
      }
      const signedIn = await t.app.inject({
        method: 'POST',
        url: '/api/cms/session',
        payload: { email, password },
        remoteAddress: `10.4.${randomBytes(1)[0]! % 250}.${randomBytes(1)[0]! % 250}`,
      });
      return {
        cookie: String(signedIn.headers['set-cookie']).split(';')[0]!,
        'x-csrf-token': signedIn.json().csrfToken,
      };
    };

    it('shows the settings to managers and platform admins only', async () => {
      const region = await createTestRegion(t.ctx);
      const manager = await signInWithRole(t, 'region-manager', region);
      const shown = await settingsOf(region.slug, manager.headers);
      assert.equal(shown.statusCode, 200, shown.body);
      assert.deepEqual(shown.json(), {
        requiresManagerTotp: false,
        reviewIntervalMonths: 12,
        officialGraceDays: 14,
      });
      const admin = await signInPlatformAdmin();
      assert.deepEqual((await settingsOf(region.slug, admin)).json(), {
        requiresManagerTotp: false,
        reviewIntervalMonths: 12,
        officialGraceDays: 14,
      });

      const editor = await signInWithRole(t, 'editor', region);
      assert.equal((await settingsOf(region.slug, editor.headers)).statusCode, 403);
      const outsider = await signInWithRole(t, 'region-manager', await createTestRegion(t.ctx));
      assert.equal((await settingsOf(region.slug, outsider.headers)).statusCode, 404);
      assert.equal((await t.app.inject({ url: `/api/cms/regions/${region.slug}/settings` })).statusCode, 401);
      const document = (await t.app.inject({ url: '/api/cms/openapi.json' })).json();
      assert.ok(document.paths['/regions/{region}/settings'].get);
    });

    it('does not let a manager without two-factor sign-in lock themselves out', async () => {
      const region = await createTestRegion(t.ctx);
      const manager = await signInWithRole(t, 'region-manager', region);
      const refused = await change(region.slug, manager.headers, true);
      assert.equal(refused.statusCode, 409);
      assert.equal(
        refused.json().error.message,
        'Turn on two-factor sign-in for your own account first; otherwise you would lock yourself out.',
      );
      assert.deepEqual((await settingsOf(region.slug, manager.headers)).json(), {
        requiresManagerTotp: false,
        reviewIntervalMonths: 12,
        officialGraceDays: 14,
      });
      assert.equal((await change(region.slug, manager.headers, false)).statusCode, 200);

      const setup = await t.app.inject({ method: 'POST', url: '/api/cms/me/totp', headers: manager.headers });
      const code = totpCode(fromBase32(setup.json().secret)!, Math.floor(Date.now() / 30000));
      const confirmed = await t.app.inject({
        method: 'POST',
        url: '/api/cms/me/totp/confirm',
        headers: manager.headers,
        payload: { code },
      });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      assert.equal((await change(region.slug, manager.headers, true)).statusCode, 200);
      assert.deepEqual((await settingsOf(region.slug, manager.headers)).json(), {
        requiresManagerTotp: true,
        reviewIntervalMonths: 12,
        officialGraceDays: 14,
      });
    });

    it('lets a platform admin without two-factor sign-in require it of managers, and records it', async () => {
      const region = await createTestRegion(t.ctx);
      const admin = await signInPlatformAdmin();
      const changed = await change(region.slug, admin, true);
      assert.equal(changed.statusCode, 200, changed.body);
      assert.deepEqual((await settingsOf(region.slug, admin)).json(), {
        requiresManagerTotp: true,
        reviewIntervalMonths: 12,
        officialGraceDays: 14,
      });
      const audit = await t.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('region_id', '=', region.id)
        .where('action', '=', 'region.settings-changed')
        .execute();
      assert.deepEqual(audit, [
        { action: 'region.settings-changed', details: { requiresManagerTotp: true } },
      ]);

      const managing = await createTestRegion(t.ctx);
      const adminAndManager = await signInPlatformAdmin(managing);
      assert.equal(
        (await change(managing.slug, adminAndManager, true)).statusCode,
        409,
        'the manager role holds them to it as well',
      );
    });

    it('changes the review interval within 1 to 36 months, and keeps it when a change leaves it out', async () => {
      const region = await createTestRegion(t.ctx);
      const manager = await signInWithRole(t, 'region-manager', region);
      const patch = (payload: object) =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/cms/regions/${region.slug}/settings`,
          headers: manager.headers,
          payload,
        });
      const refused = await patch({
        requiresManagerTotp: 'no',
        reviewIntervalMonths: 37,
        officialGraceDays: 91,
      });
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(
        refused.json().error.details.issues.map((issue: { field: string }) => issue.field),
        ['body.requiresManagerTotp', 'body.reviewIntervalMonths', 'body.officialGraceDays'],
      );
      assert.equal(
        (await patch({ requiresManagerTotp: false, reviewIntervalMonths: 6, officialGraceDays: 30 }))
          .statusCode,
        200,
      );
      assert.equal((await change(region.slug, manager.headers, false)).statusCode, 200);
      assert.deepEqual((await settingsOf(region.slug, manager.headers)).json(), {
        requiresManagerTotp: false,
        reviewIntervalMonths: 6,
        officialGraceDays: 30,
      });
    });
  });
}
