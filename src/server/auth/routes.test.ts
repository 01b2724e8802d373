import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { listAuditEntriesOfUser } from '../audit/repo.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actionsOf } from './policy.ts';
import { createUser } from '../users/service.ts';
import { fromBase32, totpCode } from './totp.ts';

const password = 'a long enough passphrase';
let clientNumber = 0;
const newClient = () => `198.18.0.${++clientNumber}`;

for (const database of testDatabases()) {
  describe(`workspace accounts on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    /** A new editor of a new region. */
    const newEditor = async () => {
      const region = await createTestRegion(t.ctx);
      const email = `editor-${randomBytes(4).toString('hex')}@example.org`;
      const user = await createUser(t.ctx.db, { email, password, role: 'editor', region: region.slug });
      return { region, user, email };
    };
    const signIn = (body: object, remoteAddress = newClient()) =>
      t.app.inject({ method: 'POST', url: '/api/cms/session', payload: body, remoteAddress });
    const cookieOf = (response: { headers: Record<string, unknown> }) =>
      String(response.headers['set-cookie']).split(';')[0]!;

    it('tells a translator their languages in the region, with what the role may do', async () => {
      const region = await createTestRegion(t.ctx);
      const email = `translator-${randomBytes(4).toString('hex')}@example.org`;
      await createUser(t.ctx.db, {
        email,
        password,
        role: 'translator',
        region: region.slug,
        translatorLanguages: ['en', 'ar'],
      });
      const response = await signIn({ email, password });
      assert.equal(response.statusCode, 200, response.body);
      const [access] = response.json().roles;
      assert.deepEqual(access.translatorLanguages, ['ar', 'en']);
      assert.deepEqual(access.actions, [...actionsOf('translator')]);
      assert.ok(!access.actions.includes('page.publish'));
    });

    it('signs in with e-mail and password: an HttpOnly session cookie, the roles and a CSRF token', async () => {
      const { region, email } = await newEditor();
      const response = await signIn({ email: email.toUpperCase(), password });
      assert.equal(response.statusCode, 200, response.body);
      const cookie = String(response.headers['set-cookie']);
      assert.match(cookie, /^lotse_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=1209600$/);
      const body = response.json();
      assert.deepEqual(body.roles, [
        {
          region: region.slug,
          regionName: 'Teststadt',
          role: 'editor',
          actions: [...actionsOf('editor')],
          translatorLanguages: [],
        },
      ]);
      assert.ok(body.roles[0].actions.includes('page.publish'));
      assert.ok(!body.roles[0].actions.includes('region.manage-users'));
      assert.equal(typeof body.csrfToken, 'string');
      assert.equal(response.headers['cache-control'], 'no-store');
      const session = await t.app.inject({
        url: '/api/cms/session',
        headers: { cookie: cookieOf(response) },
      });
      assert.equal(session.statusCode, 200);
      assert.equal(session.json().email, email);
      assert.equal((await t.app.inject({ url: '/api/cms/session' })).statusCode, 401);
    });

    it('does not take sign-in from a cross-site form', async () => {
      const { email } = await newEditor();
      const form = await t.app.inject({
        method: 'POST',
        url: '/api/cms/session',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `email=${encodeURIComponent(email)}&password=${encodeURIComponent(password)}`,
      });
      assert.equal(form.statusCode, 415);
      assert.equal(form.headers['set-cookie'], undefined);
    });

    it('answers a wrong password and an unknown address alike, and logs the failure', async () => {
      const { user, email } = await newEditor();
      const wrong = await signIn({ email, password: 'not the password' });
      const unknown = await signIn({ email: 'nobody@example.org', password });
      assert.equal(wrong.statusCode, 401);
      assert.equal(unknown.statusCode, 401);
      assert.equal(wrong.json().error.message, unknown.json().error.message);
      const [entry] = await listAuditEntriesOfUser(t.ctx.db, user.id);
      assert.equal(entry?.action, 'sign-in.failed');
    });

    it('stops password guessing on an account after five failures, with a clear message', async () => {
      const { email } = await newEditor();
      for (let i = 0; i < 5; i++)
        assert.equal((await signIn({ email, password: `guess ${i} guess` })).statusCode, 401);
      const blocked = await signIn({ email, password });
      assert.equal(blocked.statusCode, 429);
      assert.match(blocked.json().error.message, /Too many sign-in attempts\. Please wait \d+ minutes/);
      assert.ok(Number(blocked.headers['retry-after']) > 0);
    });

    it('limits sign-in attempts per client', async () => {
      const client = newClient();
      for (let i = 0; i < 30; i++)
        await signIn({ email: `x${i}@example.org`, password: 'whatever it is' }, client);
      assert.equal(
        (await signIn({ email: 'y@example.org', password: 'whatever it is' }, client)).statusCode,
        429,
      );
    });

    it('refuses changes without the CSRF token of the session', async () => {
      const { email } = await newEditor();
      const signedIn = await signIn({ email, password });
      const cookie = cookieOf(signedIn);
      for (const headers of [{ cookie }, { cookie, 'x-csrf-token': 'forged' }]) {
        const refused = await t.app.inject({ method: 'DELETE', url: '/api/cms/session', headers });
        assert.equal(refused.statusCode, 403);
        assert.match(refused.json().error.message, /security token/);
      }
      const csrf = signedIn.json().csrfToken;
      const out = await t.app.inject({
        method: 'DELETE',
        url: '/api/cms/session',
        headers: { cookie, 'x-csrf-token': csrf },
      });
      assert.equal(out.statusCode, 200);
      assert.match(String(out.headers['set-cookie']), /Max-Age=0/);
      assert.equal((await t.app.inject({ url: '/api/cms/session', headers: { cookie } })).statusCode, 401);
    });

    it('lists one’s sessions and signs out everywhere', async () => {
      const { email } = await newEditor();
      const first = await signIn({ email, password });
      const second = await signIn({ email, password });
      const listed = await t.app.inject({ url: '/api/cms/sessions', headers: { cookie: cookieOf(second) } });
      assert.deepEqual(
        listed
          .json()
          .sessions.map((session: { isCurrent: boolean }) => session.isCurrent)
          .sort(),
        [false, true],
      );
      const everywhere = await t.app.inject({
        method: 'DELETE',
        url: '/api/cms/sessions',
        headers: { cookie: cookieOf(second), 'x-csrf-token': second.json().csrfToken },
      });
      assert.equal(everywhere.json().sessionsEnded, 2);
      assert.equal(
        (await t.app.inject({ url: '/api/cms/session', headers: { cookie: cookieOf(first) } })).statusCode,
        401,
      );
    });

    it('does not accept an expired session', async () => {
      const { user, email } = await newEditor();
      const signedIn = await signIn({ email, password });
      await sql`update sessions set expires_at = now() - interval '1 minute' where user_id = ${user.id}`.execute(
        t.ctx.db,
      );
      assert.equal(
        (await t.app.inject({ url: '/api/cms/session', headers: { cookie: cookieOf(signedIn) } })).statusCode,
        401,
      );
    });

    it('sets up two-factor sign-in and then asks for the code', async () => {
      const { email } = await newEditor();
      const signedIn = await signIn({ email, password });
      const headers = { cookie: cookieOf(signedIn), 'x-csrf-token': signedIn.json().csrfToken };
      const setup = await t.app.inject({ method: 'POST', url: '/api/cms/me/totp', headers });
      assert.equal(setup.statusCode, 200);
      const { secret, uri, qrSvg } = setup.json();
      assert.match(uri, /^otpauth:\/\/totp\/Lotse%3A/);
      assert.match(qrSvg, /^<svg/);
      const codeNow = () => totpCode(fromBase32(secret)!, Math.floor(Date.now() / 30000));
      const wrongCode = codeNow() === '000000' ? '111111' : '000000';
      const rejected = await t.app.inject({
        method: 'POST',
        url: '/api/cms/me/totp/confirm',
        headers,
        payload: { code: wrongCode },
      });
      assert.equal(rejected.statusCode, 400);
      const confirmed = await t.app.inject({
        method: 'POST',
        url: '/api/cms/me/totp/confirm',
        headers,
        payload: { code: codeNow() },
      });
      assert.equal(confirmed.statusCode, 200);

      const withoutCode = await signIn({ email, password });
      assert.equal(withoutCode.statusCode, 401);
      assert.equal(withoutCode.json().error.code, 'otp_required');
      assert.equal((await signIn({ email, password, otp: wrongCode })).statusCode, 401);
      const withCode = await signIn({ email, password, otp: codeNow() });
      assert.equal(withCode.statusCode, 200);
      assert.equal(withCode.json().isTotpEnabled, true);
    });

    it('holds managers of a region that requires it to two-factor sign-in', async () => {
      const region = await createTestRegion(t.ctx);
      const email = `manager-${randomBytes(4).toString('hex')}@example.org`;
      await createUser(t.ctx.db, { email, password, role: 'region-manager', region: region.slug });
      const signedIn = await signIn({ email, password });
      const headers = { cookie: cookieOf(signedIn), 'x-csrf-token': signedIn.json().csrfToken };
      const settings = (requiresManagerTotp: boolean) =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/cms/regions/${region.slug}/settings`,
          headers,
          payload: { requiresManagerTotp },
        });
      assert.equal((await settings(true)).statusCode, 409, 'not without two-factor sign-in of one’s own');
      const adminEmail = `admin-${randomBytes(4).toString('hex')}@example.org`;
      await createUser(t.ctx.db, { email: adminEmail, password, role: 'platform-admin' });
      const admin = await signIn({ email: adminEmail, password });
      const required = await t.app.inject({
        method: 'PATCH',
        url: `/api/cms/regions/${region.slug}/settings`,
        headers: { cookie: cookieOf(admin), 'x-csrf-token': admin.json().csrfToken },
        payload: { requiresManagerTotp: true },
      });
      assert.equal(required.statusCode, 200, required.body);
      const blocked = await t.app.inject({ url: `/api/cms/regions/${region.slug}/pages`, headers });
      assert.equal(blocked.statusCode, 403);
      assert.equal(blocked.json().error.details.requiresTwoFactor, true);
      const setup = (await t.app.inject({ method: 'POST', url: '/api/cms/me/totp', headers })).json();
      const code = totpCode(fromBase32(setup.secret)!, Math.floor(Date.now() / 30000));
      await t.app.inject({ method: 'POST', url: '/api/cms/me/totp/confirm', headers, payload: { code } });
      const withTwoFactor = await signIn({ email, password, otp: code });
      const allowed = await t.app.inject({
        url: `/api/cms/regions/${region.slug}/pages`,
        headers: { cookie: cookieOf(withTwoFactor) },
      });
      assert.equal(allowed.statusCode, 200);
    });

    it('marks the cookie Secure when Lotse is served over HTTPS', async () => {
      const secure = await startTestApp(database, { PUBLIC_URL: 'https://lotse.example' });
      try {
        const region = await createTestRegion(secure.ctx);
        await createUser(secure.ctx.db, {
          email: 'secure@example.org',
          password,
          role: 'observer',
          region: region.slug,
        });
        const response = await secure.app.inject({
          method: 'POST',
          url: '/api/cms/session',
          payload: { email: 'secure@example.org', password },
        });
        assert.match(String(response.headers['set-cookie']), /; Secure$/);
      } finally {
        await secure.close();
      }
    });

    it('refuses common and short passwords for new accounts, and documents the API', async () => {
      const region = await createTestRegion(t.ctx);
      await assert.rejects(
        createUser(t.ctx.db, {
          email: 'weak@example.org',
          password: 'qwertyuiop123',
          role: 'author',
          region: region.slug,
        }),
        /most common passwords/,
      );
      await assert.rejects(
        createUser(t.ctx.db, {
          email: 'short@example.org',
          password: 'short',
          role: 'author',
          region: region.slug,
        }),
        /at least 12 characters/,
      );
      const document = (await t.app.inject({ url: '/api/cms/openapi.json' })).json();
      assert.ok(document.paths['/session'].post.responses['429']);
      assert.ok(document.paths['/me/totp/confirm'].post);
    });
  });
}
