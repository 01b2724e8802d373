import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { plainTextOfHtml } from '../../shared/readability.ts';
import { measureReadingEase } from '../../shared/reading-ease.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs } from '../test-support/workspace-requests.ts';

const germanHard =
  '<p>Die Anmeldung muss innerhalb von zwei Wochen nach dem Einzug bei der Meldebehörde vorgenommen ' +
  'werden. Hierfür ist die Vorlage eines gültigen Personalausweises sowie der Wohnungsgeberbestätigung ' +
  'erforderlich.</p>';
const germanMedium =
  '<p>Nach dem Umzug melden Sie Ihre neue Wohnung beim Bürgerbüro an. Bringen Sie Ihren Ausweis mit.</p>';
const germanEasy = '<p>Sie ziehen um. Dann melden Sie sich an. Das geht im Bürger-Büro.</p>';
const englishHard =
  '<p>Registration with the municipal residents’ registration office is mandatory within fourteen days of ' +
  'relocation, accompanied by identification documentation.</p>';
const englishEasy = '<p>You move. Then you sign up at the town hall. Bring your passport.</p>';

interface Listed {
  formula: string;
  languages: string[];
  pages: { pageId: number; title: string; score: number; level: string; words: number }[];
}

for (const database of testDatabases()) {
  describe(`readability of published pages on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const page = (regionId: number, title: string, html: string, language = 'de') =>
      createPublishedPage(t.ctx, { regionId, titles: { [language]: title }, html });
    const listed = async (call: Awaited<ReturnType<typeof actingAs>>, language: string) => {
      const response = await call('GET', `/readability?language=${language}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as Listed;
    };

    it('scores German by Amstad and English by Flesch, the hardest page first', async () => {
      const region = await createTestRegion(t.ctx);
      await page(region.id, 'Anmelden', germanEasy);
      const hard = await page(region.id, 'Meldepflicht', germanHard);
      await page(region.id, 'Umzug', germanMedium);
      await page(region.id, 'Moving', englishEasy, 'en');
      await page(region.id, 'Registration', englishHard, 'en');
      await page(region.id, 'انتقال', '<p>انتقل إلى شقة جديدة.</p>', 'ar');
      const archived = await page(region.id, 'Archiviert', germanHard);
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        parentId: archived.pageId,
        titles: { de: 'Unter Archiviert' },
        html: germanHard,
      });
      await t.ctx.db
        .updateTable('pages')
        .set({ is_archived: true })
        .where('id', '=', archived.pageId)
        .execute();
      const observer = await actingAs(t, 'observer', region);

      const german = await listed(observer, 'de');
      assert.equal(german.formula, 'amstad');
      assert.deepEqual(german.languages, ['de', 'en'], 'Arabic and Farsi have no formula');
      assert.deepEqual(
        german.pages.map((entry) => entry.title),
        ['Meldepflicht', 'Umzug', 'Anmelden'],
      );
      const expected = measureReadingEase('de', `Meldepflicht\n${plainTextOfHtml(germanHard)}`);
      assert.deepEqual(
        german.pages[0] && [german.pages[0].pageId, german.pages[0].score, german.pages[0].level],
        [hard.pageId, expected?.score, expected?.level],
      );
      assert.equal(german.pages.at(-1)?.level, 'very-easy');

      const english = await listed(observer, 'en');
      assert.equal(english.formula, 'flesch');
      assert.deepEqual(
        english.pages.map((entry) => [entry.title, entry.level]),
        [
          ['Registration', 'very-difficult'],
          ['Moving', 'very-easy'],
        ],
      );
      assert.deepEqual((await observer('GET', '/readability')).json().language, 'de', 'the default language');
    });

    it('keeps each published version’s score, measures what is published since, and again after a formula change', async () => {
      const region = await createTestRegion(t.ctx);
      const first = await page(region.id, 'Kita', germanEasy);
      const editor = await actingAs(t, 'editor', region);
      const [before] = (await listed(editor, 'de')).pages;
      const stored = () =>
        t.ctx.db
          .selectFrom('version_reading_ease')
          .select(['version_id', 'score'])
          .where('region_id', '=', region.id)
          .orderBy('version_id')
          .execute();
      assert.deepEqual(await stored(), [{ version_id: first.versions.de!.id, score: before!.score }]);

      const second = await page(region.id, 'Schule', germanHard);
      assert.equal((await listed(editor, 'de')).pages[0]?.pageId, second.pageId);
      assert.equal((await stored()).length, 2);

      await t.ctx.db
        .updateTable('version_reading_ease')
        .set({ revision: 0, score: 1 })
        .where('version_id', '=', first.versions.de!.id)
        .execute();
      const remeasured = (await listed(editor, 'de')).pages.find((entry) => entry.pageId === first.pageId);
      assert.equal(remeasured?.score, before?.score, 'a score of an older revision is computed again');
    });

    it('refuses languages without a formula, names unknown ones, and keeps other regions out', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await actingAs(t, 'editor', region);
      const arabic = await editor('GET', '/readability?language=ar');
      assert.equal(arabic.statusCode, 400);
      assert.match(arabic.json().error.message, /German and English only/);
      const unknown = await editor('GET', '/readability?language=xx');
      assert.equal(unknown.statusCode, 400);
      assert.match(unknown.json().error.message, /not a language of this region/);
      const outsider = await actingAs(t, 'editor', await createTestRegion(t.ctx));
      assert.equal((await outsider('GET', '/readability', undefined, region.slug)).statusCode, 404);
    });
  });
}
