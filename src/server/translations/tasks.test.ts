import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { scheduledChangeHandlers } from '../scheduling/service.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import { sendQueuedMailTo, startSmtpServer, textOf } from '../test-support/smtp.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import type { Role } from '../users/schema.ts';

for (const database of testDatabases()) {
  describe(`translators' tasks and notifications on ${database.name}`, () => {
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

    /** A signed-in member: requests in the region, and their notifications' kinds, pages and languages. */
    const member = async (role: Role, region: { id: number; slug: string }, languages: string[] = []) => {
      const { userId, headers } = await signInWithRole(t, role, region, languages);
      const call = (method: 'GET' | 'POST', url: string, payload?: object, inRegion = region.slug) =>
        t.app.inject({
          method,
          url: `/api/cms/regions/${inRegion}${url}`,
          headers,
          ...(payload ? { payload } : {}),
        });
      const outdatedNotices = async () => {
        const response = await t.app.inject({ url: '/api/cms/notifications', headers });
        assert.equal(response.statusCode, 200, response.body);
        return (response.json().notifications as { kind: string; details: Record<string, unknown> }[])
          .filter((notification) => notification.kind === 'translation.outdated')
          .map(({ details }) => `${details.pageId}:${details.language}:${details.title}`)
          .sort();
      };
      const email = (
        await t.ctx.db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow()
      ).email;
      return { call, outdatedNotices, email };
    };
    const mailsTo = (email: string) => sendQueuedMailTo(t.ctx.db, smtp, email);
    const publishGerman = async (
      editor: Awaited<ReturnType<typeof member>>,
      pageId: number,
      change: { title: string; isMinor?: boolean; status?: 'published' | 'review' },
    ) => {
      const newest = (await editor.call('GET', `/pages/${pageId}/versions?language=de`)).json().versions[0];
      const saved = await editor.call('POST', `/pages/${pageId}/versions`, {
        language: 'de',
        title: change.title,
        contentHtml: `<p>${change.title}</p>`,
        status: change.status ?? 'published',
        isMinor: change.isMinor ?? false,
        baseVersionId: newest.id,
      });
      assert.equal(saved.statusCode, 201, saved.body);
      return saved.json() as { id: number };
    };

    it('tells the translators of each outdated language once, in the workspace and by e-mail, never the others', async () => {
      const region = await createTestRegion(t.ctx, { name: 'Übersetzungsstadt' });
      const { pageId } = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Wohnen', en: 'Housing', ar: 'السكن' },
      });
      const editor = await member('editor', region);
      const english = await member('translator', region, ['en']);
      const arabicAndFarsi = await member('translator', region, ['ar', 'fa']);
      const otherRegion = await createTestRegion(t.ctx);
      const elsewhere = await member('translator', otherRegion, ['en']);

      await publishGerman(editor, pageId, { title: 'Wohnen (kleiner Tippfehler)', isMinor: true });
      assert.deepEqual(await english.outdatedNotices(), [], 'a minor edit outdates nothing');

      await publishGerman(editor, pageId, { title: 'Wohnen und Miete' });
      assert.deepEqual(await english.outdatedNotices(), [`${pageId}:en:Wohnen und Miete`]);
      // Farsi is missing (never translated), so only Arabic became outdated for the second translator.
      assert.deepEqual(await arabicAndFarsi.outdatedNotices(), [`${pageId}:ar:Wohnen und Miete`]);
      assert.deepEqual(await editor.outdatedNotices(), []);
      assert.deepEqual(await elsewhere.outdatedNotices(), []);

      const [mail, ...more] = await mailsTo(arabicAndFarsi.email);
      assert.equal(more.length, 0);
      assert.match(textOf(mail!), /„Wohnen und Miete“ \(de\) wurde geändert und veröffentlicht/);
      assert.doesNotMatch(textOf(mail!), /\/fa\b/);
      assert.match(
        textOf(mail!),
        new RegExp(`https://lotse.example/cms/r/${region.slug}/pages/${pageId}/ar`),
      );

      await publishGerman(editor, pageId, { title: 'Wohnen, Miete und Nebenkosten' });
      assert.equal((await english.outdatedNotices()).length, 1, 'an outdated translation is told once');
    });

    it('tells them when a review is approved and when a planned publication happens, not when it is submitted', async () => {
      const region = await createTestRegion(t.ctx);
      const first = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Arzt', en: 'Doctor' },
      });
      const second = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Bus', en: 'Bus' },
      });
      const author = await member('author', region);
      const editor = await member('editor', region);
      const english = await member('translator', region, ['en']);

      const submitted = await publishGerman(author, first.pageId, { title: 'Arzt finden', status: 'review' });
      assert.deepEqual(await english.outdatedNotices(), []);
      const approved = await editor.call('POST', `/versions/${submitted.id}/review`, {
        decision: 'approve',
        comment: '',
      });
      assert.equal(approved.statusCode, 200, approved.body);
      assert.deepEqual(await english.outdatedNotices(), [`${first.pageId}:en:Arzt finden`]);

      const draft = await publishGerman(editor, second.pageId, { title: 'Bus und Bahn', status: 'review' });
      const at = new Date(Date.now() + 3_600_000).toISOString();
      const planned = await editor.call('POST', `/pages/${second.pageId}/schedule`, {
        action: 'publish',
        versionId: draft.id,
        at,
      });
      assert.equal(planned.statusCode, 201, planned.body);
      const handlers = scheduledChangeHandlers(t.ctx);
      const job = await t.ctx.db
        .selectFrom('jobs')
        .selectAll()
        .where('kind', '=', 'page.publish-at')
        .where('status', '=', 'pending')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      await handlers[job.kind]!(job.payload, { attempt: 1, isLastAttempt: false });
      assert.deepEqual(await english.outdatedNotices(), [
        `${first.pageId}:en:Arzt finden`,
        `${second.pageId}:en:Bus und Bahn`,
      ]);
    });

    it('lists a translator’s tasks in their languages, most urgent first, with counts', async () => {
      const region = await createTestRegion(t.ctx);
      const outdated = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Schule', en: 'School', ar: 'المدرسة' },
      });
      const missing = await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Kita' } });
      const current = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Sport', en: 'Sports' },
      });
      const editor = await member('editor', region);
      await publishGerman(editor, outdated.pageId, { title: 'Schule und Hort' });
      const english = await member('translator', region, ['en']);

      const response = await english.call('GET', '/translation-tasks');
      assert.equal(response.statusCode, 200, response.body);
      const tasks = response.json();
      assert.deepEqual(tasks.languages, [
        { tag: 'en', counts: { outdated: 1, 'machine-translated': 0, 'in-translation': 0, missing: 1 } },
      ]);
      assert.deepEqual(
        tasks.tasks.map(
          (task: { pageId: number; state: string; sourceTitle: string; title: string | null }) => [
            task.pageId,
            task.state,
            task.sourceTitle,
            task.title,
          ],
        ),
        [
          [outdated.pageId, 'outdated', 'Schule und Hort', 'School'],
          [missing.pageId, 'missing', 'Kita', null],
        ],
      );
      assert.ok(!tasks.tasks.some((task: { pageId: number }) => task.pageId === current.pageId));

      const all = (await editor.call('GET', '/translation-tasks')).json();
      assert.deepEqual(
        all.languages.map((language: { tag: string }) => language.tag),
        ['en', 'fa', 'ar'],
        'editors translate every language but the default one',
      );
      const arabic = (await editor.call('GET', '/translation-tasks?language=ar')).json();
      assert.deepEqual(
        arabic.tasks.map((task: { language: string; state: string }) => `${task.language}:${task.state}`),
        ['ar:outdated', 'ar:missing', 'ar:missing'],
      );

      const notMine = await english.call('GET', '/translation-tasks?language=ar');
      assert.equal(notMine.statusCode, 400);
      assert.match(notMine.json().error.details.issues[0].message, /not one of the languages you translate/);
      const observer = await member('observer', region);
      assert.deepEqual((await observer.call('GET', '/translation-tasks')).json().languages, []);
      const stranger = await member('translator', await createTestRegion(t.ctx), ['en']);
      assert.equal(
        (await stranger.call('GET', '/translation-tasks', undefined, region.slug)).statusCode,
        404,
      );
      const foreign = await t.app.inject({ url: `/api/cms/regions/${region.slug}/translation-tasks` });
      assert.equal(foreign.statusCode, 401);
    });
  });
}
