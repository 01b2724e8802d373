import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';

for (const database of testDatabases()) {
  describe(`a region's audit log on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    it('shows the sign-ins of the region’s members, and nobody else’s', async () => {
      const region = await createTestRegion(t.ctx);
      const elsewhere = await createTestRegion(t.ctx);
      const manager = await signInWithRole(t, 'region-manager', region);
      const author = await signInWithRole(t, 'author', region);
      const stranger = await signInWithRole(t, 'author', elsewhere);
      const response = await t.app.inject({
        url: `/api/cms/regions/${region.slug}/audit?action=sign-in`,
        headers: manager.headers,
      });
      assert.equal(response.statusCode, 200, response.body);
      const signedIn = (response.json().entries as { action: string; userId: number }[])
        .filter((entry) => entry.action === 'sign-in')
        .map((entry) => entry.userId);
      assert.ok(signedIn.includes(author.userId), 'the member’s sign-in is listed');
      assert.ok(signedIn.includes(manager.userId));
      assert.ok(!signedIn.includes(stranger.userId), 'a sign-in of another region’s member is not');
    });
  });
}
