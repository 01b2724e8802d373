import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { JobRunner } from '../jobs/runner.ts';
import { createMailer } from '../mail/mailer.ts';
import { jobHandlers } from '../jobs/handlers.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { startSmtpServer, textOf } from '../test-support/smtp.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { createUser } from './service.ts';

const password = 'a long enough passphrase';

for (const database of testDatabases()) {
  describe(`invitations and password resets on ${database.name}`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    let jobs: JobRunner;
    before(async () => {
      [t, smtp] = await Promise.all([startTestApp(database), startSmtpServer()]);
      jobs = new JobRunner(
        t.ctx.db,
        jobHandlers(t.ctx, createMailer(smtp.url, 'Lotse <no-reply@lotse.example>')),
      );
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    const unique = (name: string) => `${name}-${randomBytes(4).toString('hex')}@example.org`;
    const signIn = (email: string, pass = password) =>
      t.app.inject({
        method: 'POST',
        url: '/api/cms/session',
        payload: { email, password: pass },
        remoteAddress: `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      });
    const signedIn = async (role: 'region-manager' | 'editor', region: { slug: string }) => {
      const email = unique(role);
      await createUser(t.ctx.db, { email, password, role, region: region.slug });
      const response = await signIn(email);
      return {
        cookie: String(response.headers['set-cookie']).split(';')[0]!,
        'x-csrf-token': response.json().csrfToken,
      };
    };
    /** Sends queued mail and returns the link in the mail to `to`. */
    const linkMailedTo = async (to: string) => {
      await jobs.runDue();
      const mail = smtp.received.find((message) => message.to.includes(to));
      assert.ok(mail, `no mail to ${to}`);
      const token = /set-password#token=([\w-]+)/.exec(textOf(mail))?.[1];
      assert.ok(token, 'the mail has a link with a token');
      return token;
    };

    it('invites a new person by e-mail; the link lets them choose a password and sign in, once', async () => {
      const region = await createTestRegion(t.ctx, { name: 'Einladungsstadt' });
      const manager = await signedIn('region-manager', region);
      const email = unique('new-editor');
      const invited = await t.app.inject({
        method: 'POST',
        url: `/api/cms/regions/${region.slug}/users`,
        headers: manager,
        payload: { email, role: 'editor' },
      });
      assert.equal(invited.statusCode, 201, invited.body);
      assert.equal(invited.json().isNewAccount, true);
      const members = (
        await t.app.inject({ url: `/api/cms/regions/${region.slug}/users`, headers: manager })
      ).json().members;
      assert.equal(members.find((m: { email: string }) => m.email === email).hasPassword, false);
      assert.equal((await signIn(email)).statusCode, 401, 'no password yet');

      const token = await linkMailedTo(email);
      const mail = smtp.received.find((message) => message.to.includes(email))!;
      assert.match(mail.raw, /Subject: .*Einladung zu Lotse Einladungsstadt/);
      assert.equal(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/cms/password',
            payload: { token, password: 'qwertyuiop123' },
          })
        ).statusCode,
        400,
      );
      assert.equal(
        (await t.app.inject({ method: 'POST', url: '/api/cms/password', payload: { token, password } }))
          .statusCode,
        200,
      );
      const session = await signIn(email);
      assert.equal(session.statusCode, 200);
      assert.deepEqual(
        session.json().roles.map((r: { role: string }) => r.role),
        ['editor'],
      );
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/cms/password',
        payload: { token, password: 'another good passphrase' },
      });
      assert.equal(again.statusCode, 400);
      assert.match(again.json().error.message, /not valid any more/);
    });

    it('gives an existing account a role without an e-mail, refuses a second role, and checks translator languages', async () => {
      const region = await createTestRegion(t.ctx);
      const other = await createTestRegion(t.ctx);
      const email = unique('existing');
      await createUser(t.ctx.db, { email, password, role: 'author', region: other.slug });
      const manager = await signedIn('region-manager', region);
      const invite = (payload: object) =>
        t.app.inject({
          method: 'POST',
          url: `/api/cms/regions/${region.slug}/users`,
          headers: manager,
          payload,
        });
      const before = smtp.received.length;
      const added = await invite({ email, role: 'translator', translatorLanguages: ['ar', 'ar'] });
      assert.equal(added.statusCode, 201, added.body);
      assert.equal(added.json().isNewAccount, false);
      await jobs.runDue();
      assert.equal(smtp.received.length, before);
      assert.equal((await invite({ email, role: 'editor' })).statusCode, 409);
      const second = unique('second-translator');
      await createUser(t.ctx.db, { email: second, password, role: 'observer', region: other.slug });
      assert.equal(
        (await invite({ email: second, role: 'translator', translatorLanguages: ['fa', 'en'] })).statusCode,
        201,
      );
      const members = (
        await t.app.inject({ url: `/api/cms/regions/${region.slug}/users`, headers: manager })
      ).json().members as { email: string; role: string; translatorLanguages: string[] }[];
      const languagesOf = (address: string) => members.find((m) => m.email === address)?.translatorLanguages;
      assert.deepEqual(languagesOf(email), ['ar']);
      assert.deepEqual(languagesOf(second), ['en', 'fa']);
      assert.deepEqual(
        members.filter((m) => m.role !== 'translator').map((m) => m.translatorLanguages),
        [[]],
        'the manager has none',
      );
      const noLanguage = await invite({ email: unique('t'), role: 'translator' });
      assert.equal(noLanguage.statusCode, 400);
      assert.equal(noLanguage.json().error.details.issues[0].field, 'body.translatorLanguages');
      const wrongLanguage = await invite({
        email: unique('t'),
        role: 'translator',
        translatorLanguages: ['ti'],
      });
      assert.equal(wrongLanguage.statusCode, 400);
      assert.match(wrongLanguage.json().error.message, /does not enable ti/);
    });

    it('lets only managers invite and see the people of the region', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await signedIn('editor', region);
      const invite = await t.app.inject({
        method: 'POST',
        url: `/api/cms/regions/${region.slug}/users`,
        headers: editor,
        payload: { email: unique('x'), role: 'editor' },
      });
      assert.equal(invite.statusCode, 403);
      assert.equal(
        (await t.app.inject({ url: `/api/cms/regions/${region.slug}/users`, headers: editor })).statusCode,
        403,
      );
    });

    it('resets a password by e-mail: old sessions end, the old password stops working, and nothing tells unknown addresses apart', async () => {
      const region = await createTestRegion(t.ctx);
      const email = unique('forgetful');
      await createUser(t.ctx.db, { email, password, role: 'editor', region: region.slug });
      const oldSession = String((await signIn(email)).headers['set-cookie']).split(';')[0]!;
      const before = smtp.received.length;
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/cms/password-reset',
        payload: { email: unique('nobody') },
      });
      assert.equal(unknown.statusCode, 202);
      await jobs.runDue();
      assert.equal(smtp.received.length, before, 'no mail for an unknown address');
      const known = await t.app.inject({
        method: 'POST',
        url: '/api/cms/password-reset',
        payload: { email },
      });
      assert.deepEqual([known.statusCode, known.body], [unknown.statusCode, unknown.body]);
      const token = await linkMailedTo(email);
      const newPassword = 'a brand new passphrase';
      assert.equal(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/cms/password',
            payload: { token, password: newPassword },
          })
        ).statusCode,
        200,
      );
      assert.equal(
        (await t.app.inject({ url: '/api/cms/session', headers: { cookie: oldSession } })).statusCode,
        401,
      );
      assert.equal((await signIn(email)).statusCode, 401);
      assert.equal((await signIn(email, newPassword)).statusCode, 200);
    });

    it('does not accept an expired link', async () => {
      const region = await createTestRegion(t.ctx);
      const email = unique('late');
      await createUser(t.ctx.db, { email, password, role: 'editor', region: region.slug });
      await t.app.inject({ method: 'POST', url: '/api/cms/password-reset', payload: { email } });
      const token = await linkMailedTo(email);
      await sql`update account_tokens set expires_at = now() - interval '1 minute'`.execute(t.ctx.db);
      assert.equal(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/cms/password',
            payload: { token, password: 'a brand new passphrase' },
          })
        ).statusCode,
        400,
      );
    });
  });
}
