import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { listAuditEntriesOfRegion } from '../audit/repo.ts';
import { insertVersion } from '../content/repo.ts';
import { getTranslationStates } from '../content/service.ts';
import { listVersions } from '../page-editing/repo.ts';
import { savePageVersion } from '../pages/service.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs } from '../test-support/workspace-requests.ts';
import { indexRegionLinks } from './gather-links.ts';

const oldUrl = 'https://amt.example/formulare?id=7&lang=de';
const newUrl = 'https://amt.example/service/formulare';
const withLink = (text: string, url = oldUrl) => `<p>${text} <a href="${url}">Formular</a></p>`;

for (const database of testDatabases()) {
  describe(`replacing a link everywhere on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database, { LOTSE_LINK_CHECK_TIMEOUT_MS: '300' });
    });
    after(() => t.close());

    it('makes new versions of published texts and of work begun on top, keeping the history', async () => {
      const region = await createTestRegion(t.ctx, {
        languages: [
          { tag: 'de', source: null },
          { tag: 'en', source: 'de' },
          { tag: 'de-x-easy', source: 'de' },
        ],
      });
      const page = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Anmeldung', en: 'Registration', 'de-x-easy': 'Anmelden' },
        html: withLink('Das Formular:'),
      });
      const author = await signInWithRole(t, 'author', region);
      const draft = await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId: page.pageId },
        {
          language: 'de',
          title: 'Anmeldung',
          contentHtml: `${withLink('Das Formular:')}<p>Neuer Absatz.</p>`,
          status: 'draft',
          authorId: author.userId,
        },
      );
      const other = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Wohnen' },
        html: '<p>Ohne Link.</p>',
      });
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId: other.pageId },
        { language: 'de', title: 'Wohnen', contentHtml: withLink('Entwurf:'), status: 'draft' },
      );
      // The index knows the link from the published texts (checking it would ask the internet).
      await t.ctx.db.transaction().execute((trx) =>
        indexRegionLinks(trx, {
          regionId: region.id,
          ownOrigin: 'http://localhost:8080',
          isRecheck: true,
          round: 'test',
        }),
      );
      const editor = await actingAs(t, 'editor', region);

      const replaced = await editor('POST', '/links/replace', { from: oldUrl, to: newUrl });
      assert.equal(replaced.statusCode, 200, replaced.body);
      const made = replaced
        .json()
        .versions.map((v: { pageId: number; language: string; status: string }) =>
          [v.pageId === page.pageId ? 'page' : 'other', v.language, v.status].join(' '),
        );
      assert.deepEqual(made.sort(), [
        'other de draft',
        'page de draft',
        'page de published',
        'page de-x-easy review',
        'page en published',
      ]);
      assert.equal(replaced.json().versionsCreated, 5);

      const history = (language: string, pageId = page.pageId) =>
        listVersions(t.ctx.db, { regionId: region.id, pageId, language });
      const [newestDe, publishedDe, ...olderDe] = await history('de');
      assert.equal(newestDe?.status, 'draft', 'the draft stays the newest');
      assert.equal(newestDe?.author_id, author.userId);
      assert.match(newestDe!.content_html, /Neuer Absatz/);
      assert.ok(newestDe!.content_html.includes(`href="${newUrl}"`));
      assert.deepEqual([publishedDe?.status, publishedDe?.is_minor], ['published', true]);
      assert.ok(publishedDe!.content_html.includes(`href="${newUrl}"`));
      assert.ok(!publishedDe!.content_html.includes('Neuer Absatz'), 'the draft is not published with it');
      assert.deepEqual(
        olderDe.map((version) => [version.id, version.content_html]),
        [
          [draft.id, draft.content_html],
          [page.versions.de!.id, page.versions.de!.content_html],
        ],
        'the old versions are kept as they were',
      );
      const states = await getTranslationStates(t.ctx.db, { regionId: region.id, itemIds: [page.pageId] });
      assert.equal(states.get(page.pageId)?.get('en'), 'up-to-date', 'a minor edit outdates no translation');
      const [easyReview, easyPublished] = await history('de-x-easy');
      assert.equal(easyReview?.status, 'review', 'Easy German goes through its review');
      assert.equal(easyPublished?.id, page.versions['de-x-easy']!.id);
      assert.equal((await history('de', other.pageId))[0]?.status, 'draft');

      const audit = await listAuditEntriesOfRegion(t.ctx.db, { regionId: region.id, limit: 10 });
      assert.equal(audit.filter((entry) => entry.action === 'links.replaced').length, 5);
      const links = (await editor('GET', '/links')).json().links as {
        url: string;
        uses: { language: string }[];
      }[];
      assert.deepEqual(
        links.map((link) => [link.url, link.uses.map((use) => use.language)]),
        [
          [oldUrl, ['de-x-easy']],
          [newUrl, ['de', 'en']],
        ],
        'only Easy German, in review, still links to the old address',
      );
      const unused = await editor('POST', '/links/replace', {
        from: 'https://nirgends.example/',
        to: newUrl,
      });
      assert.equal(unused.statusCode, 404);
    });

    it('replaces all or nothing: a text that cannot be saved as it is stops it, naming the page', async () => {
      const region = await createTestRegion(t.ctx);
      const first = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Ausweis' },
        html: withLink('Antrag:'),
      });
      const second = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Pass' },
        html: withLink('Antrag:'),
      });
      // A draft written before images needed a text alternative: it cannot be saved again as it is.
      const draft = await insertVersion(t.ctx.db, {
        region_id: region.id,
        item_id: second.pageId,
        language_tag: 'de',
        title: 'Pass',
        slug: 'pass',
        content_html: `${withLink('Antrag:')}<p><img src="/media/${region.slug}/1/pass.png"></p>`,
        status: 'draft',
        is_minor: false,
        is_machine_translated: false,
      });
      const editor = await actingAs(t, 'editor', region);

      const refused = await editor('POST', '/links/replace', { from: oldUrl, to: newUrl });
      assert.equal(refused.statusCode, 409, refused.body);
      const { message, details } = refused.json().error;
      assert.match(message, new RegExp(`page ${second.pageId} \\(de\\).*Nothing was replaced`));
      assert.deepEqual(
        [details.versionsCreated, details.pageId, details.language, details.issues[0].field],
        [0, second.pageId, 'de', 'contentHtml.images.0'],
      );
      const newest = async (pageId: number) =>
        (await listVersions(t.ctx.db, { regionId: region.id, pageId, language: 'de' }))[0]?.id;
      assert.equal(await newest(first.pageId), first.versions.de!.id, 'the first page is unchanged');
      assert.equal(await newest(second.pageId), draft.id, 'the draft stays the newest');
    });

    it('answers with the replacement when updating the link index afterwards fails', async () => {
      const region = await createTestRegion(t.ctx);
      const page = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Müll' },
        html: withLink('Abfuhr:'),
      });
      await sql`create function refuse_link_uses() returns trigger language plpgsql as $$
        begin raise exception 'the link index is away'; end $$`.execute(t.ctx.db);
      await sql`create trigger refuse_link_uses before insert on link_uses
        for each row execute function refuse_link_uses()`.execute(t.ctx.db);
      try {
        const editor = await actingAs(t, 'editor', region);
        const replaced = await editor('POST', '/links/replace', { from: oldUrl, to: newUrl });
        assert.equal(replaced.statusCode, 200, replaced.body);
        assert.equal(replaced.json().versionsCreated, 1);
        const [newest] = await listVersions(t.ctx.db, {
          regionId: region.id,
          pageId: page.pageId,
          language: 'de',
        });
        assert.ok(newest!.content_html.includes(newUrl));
      } finally {
        await sql`drop trigger refuse_link_uses on link_uses`.execute(t.ctx.db);
        await sql`drop function refuse_link_uses()`.execute(t.ctx.db);
      }
    });

    it('moves work in review on to its copy, so that the reviewers decide on the one with the new link', async () => {
      const region = await createTestRegion(t.ctx);
      const page = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Kita' },
        html: '<p>Noch ohne Link.</p>',
      });
      const submitted = await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId: page.pageId },
        { language: 'de', title: 'Kita', contentHtml: withLink('Anmeldung:'), status: 'review' },
      );
      const editor = await actingAs(t, 'editor', region);
      const replaced = await editor('POST', '/links/replace', { from: oldUrl, to: newUrl });
      assert.equal(replaced.statusCode, 200, replaced.body);
      const [copy, original] = await listVersions(t.ctx.db, {
        regionId: region.id,
        pageId: page.pageId,
        language: 'de',
      });
      assert.deepEqual([copy?.status, original?.id, original?.status], ['review', submitted.id, 'draft']);
      assert.ok(copy!.content_html.includes(newUrl));
    });
  });
}
