import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { listAuditEntriesOfUser } from '../audit/repo.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { createUser } from '../users/service.ts';
import { resetTwoFactor } from './reset-two-factor.ts';
import { fromBase32, totpCode } from './totp.ts';

const password = 'a long enough passphrase';

for (const database of testDatabases()) {
  describe(`resetting two-factor sign-in on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const signIn = (payload: { email: string; password: string; otp?: string }) =>
      t.app.inject({
        method: 'POST',
        url: '/api/cms/session',
        payload,
        remoteAddress: `10.5.${randomBytes(1)[0]! % 250}.${randomBytes(1)[0]! % 250}`,
      });
    const cookieOf = (response: { headers: Record<string, unknown> }) =>
      String(response.headers['set-cookie']).split(';')[0]!;
    const isSignedIn = async (cookie: string) =>
      (await t.app.inject({ url: '/api/cms/session', headers: { cookie } })).statusCode === 200;

    /** A manager who turned two-factor sign-in on, and a session of theirs. */
    const managerWithTwoFactor = async () => {
      const region = await createTestRegion(t.ctx);
      const email = `manager-${randomBytes(4).toString('hex')}@example.org`;
      const user = await createUser(t.ctx.db, {
        email,
        password,
        role: 'region-manager',
        region: region.slug,
      });
      const signedIn = await signIn({ email, password });
      const headers = { cookie: cookieOf(signedIn), 'x-csrf-token': signedIn.json().csrfToken };
      const setup = (await t.app.inject({ method: 'POST', url: '/api/cms/me/totp', headers })).json();
      const code = totpCode(fromBase32(setup.secret)!, Math.floor(Date.now() / 30000));
      const confirmed = await t.app.inject({
        method: 'POST',
        url: '/api/cms/me/totp/confirm',
        headers,
        payload: { code },
      });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      assert.equal((await signIn({ email, password })).json().error.code, 'otp_required');
      return { user, email, cookie: headers.cookie };
    };

    it('switches it off, forgets the secret, ends the sessions and records it', async () => {
      const { user, email, cookie } = await managerWithTwoFactor();
      const reset = await resetTwoFactor(t.ctx.db, { email: email.toUpperCase(), via: 'test' });
      assert.deepEqual(reset, { email, wasEnabled: true, sessionsEnded: 1 });
      assert.equal(await isSignedIn(cookie), false, 'the old session has ended');
      const stored = await t.ctx.db
        .selectFrom('users')
        .select(['is_totp_enabled', 'totp_secret'])
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(stored, { is_totp_enabled: false, totp_secret: null });
      const [entry] = await listAuditEntriesOfUser(t.ctx.db, user.id, 1);
      assert.deepEqual(
        [entry?.action, entry?.details],
        ['user.totp-reset', { via: 'test', sessionsEnded: 1 }],
      );

      const withPassword = await signIn({ email, password });
      assert.equal(withPassword.statusCode, 200, withPassword.body);
      assert.equal(withPassword.json().isTotpEnabled, false);
    });

    it('changes nothing for an account without two-factor sign-in, and names an unknown address', async () => {
      const region = await createTestRegion(t.ctx);
      const email = `editor-${randomBytes(4).toString('hex')}@example.org`;
      const user = await createUser(t.ctx.db, { email, password, role: 'editor', region: region.slug });
      const cookie = cookieOf(await signIn({ email, password }));
      assert.deepEqual(await resetTwoFactor(t.ctx.db, { email, via: 'test' }), {
        email,
        wasEnabled: false,
        sessionsEnded: 0,
      });
      assert.equal(await isSignedIn(cookie), true);
      const actions = (await listAuditEntriesOfUser(t.ctx.db, user.id)).map((entry) => entry.action);
      assert.ok(!actions.includes('user.totp-reset'));
      await assert.rejects(resetTwoFactor(t.ctx.db, { email: 'nobody@example.org', via: 'test' }), {
        code: 'not_found',
        message: 'There is no account with the e-mail address nobody@example.org.',
      });
    });
  });
}
