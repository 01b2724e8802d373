import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { sendQueuedMailTo, startSmtpServer, textOf } from '../test-support/smtp.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import type { Role } from '../users/schema.ts';
import { createUser } from '../users/service.ts';

const password = 'a long enough passphrase';

for (const database of testDatabases()) {
  describe(`review notifications on ${database.name}`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    before(async () => {
      [t, smtp] = await Promise.all([
        startTestApp(database, { PUBLIC_URL: 'https://lotse.example/' }),
        startSmtpServer(),
      ]);
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    const person = async (role: Role, region: { slug: string }) => {
      const email = `${role}-${randomBytes(4).toString('hex')}@example.org`;
      await createUser(t.ctx.db, { email, password, role, region: region.slug });
      const signedIn = await t.app.inject({
        method: 'POST',
        url: '/api/cms/session',
        payload: { email, password },
        remoteAddress: `10.3.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      });
      const headers = {
        cookie: String(signedIn.headers['set-cookie']).split(';')[0]!,
        'x-csrf-token': signedIn.json().csrfToken,
      };
      const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
        t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
      return { email, call };
    };
    const mailsTo = (email: string) => sendQueuedMailTo(t.ctx.db, smtp, email);

    it('tells reviewers when a version is submitted, and the author how it was decided, in the workspace and by e-mail', async () => {
      const region = await createTestRegion(t.ctx, { name: 'Meldestadt' });
      const author = await person('author', region);
      const editor = await person('editor', region);
      const observer = await person('observer', region);
      const page = (
        await author.call('POST', `/api/cms/regions/${region.slug}/pages`, { parentId: null })
      ).json();
      const submitted = (
        await author.call('POST', `/api/cms/regions/${region.slug}/pages/${page.id}/versions`, {
          language: 'de',
          title: 'Sprechzeiten',
          contentHtml: '<p>Mo 9–12</p>',
          status: 'review',
          baseVersionId: null,
        })
      ).json();

      const waiting = (await editor.call('GET', '/api/cms/notifications')).json().notifications;
      assert.deepEqual(
        waiting.map((n: { kind: string; isRead: boolean }) => [n.kind, n.isRead]),
        [['review.requested', false]],
      );
      assert.deepEqual(waiting[0].details, {
        pageId: page.id,
        language: 'de',
        versionId: submitted.id,
        title: 'Sprechzeiten',
      });
      assert.deepEqual(
        (await author.call('GET', '/api/cms/notifications')).json().notifications,
        [],
        'not the author',
      );
      assert.deepEqual(
        (await observer.call('GET', '/api/cms/notifications')).json().notifications,
        [],
        'not observers',
      );
      const [requestMail] = await mailsTo(editor.email);
      assert.match(textOf(requestMail!), /„Sprechzeiten“ \(de\) wurde zur Freigabe eingereicht/);
      const editorLink = `https://lotse.example/cms/r/${region.slug}/pages/${page.id}/de`;
      assert.ok(textOf(requestMail!).includes(`${editorLink}\n`), textOf(requestMail!));

      await editor.call('POST', `/api/cms/regions/${region.slug}/versions/${submitted.id}/review`, {
        decision: 'send-back',
        comment: 'Bitte auch Freitag.',
      });
      const decided = (await author.call('GET', '/api/cms/notifications')).json().notifications;
      assert.equal(decided[0].kind, 'review.decided');
      assert.deepEqual(decided[0].details, {
        pageId: page.id,
        language: 'de',
        versionId: submitted.id,
        title: 'Sprechzeiten',
        decision: 'sent-back',
        isApproved: false,
        comment: 'Bitte auch Freitag.',
      });
      const [decisionMail] = await mailsTo(author.email);
      assert.match(textOf(decisionMail!), /wurde zur Überarbeitung zurückgegeben\.\s+Bitte auch Freitag\./);
      assert.ok(textOf(decisionMail!).includes(`${editorLink}\n`), textOf(decisionMail!));
      assert.doesNotMatch(textOf(decisionMail!), /\/cms\/regions\//);

      assert.equal(
        (await editor.call('POST', '/api/cms/notifications/read', { ids: [waiting[0].id] })).statusCode,
        200,
      );
      assert.equal((await editor.call('GET', '/api/cms/notifications')).json().notifications[0].isRead, true);
      await author.call('POST', '/api/cms/notifications/read', { ids: [waiting[0].id] });
      assert.equal(
        (await editor.call('GET', '/api/cms/notifications')).json().notifications.length,
        1,
        'others’ ids change nothing',
      );
    });
  });
}
