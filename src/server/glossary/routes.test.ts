import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs } from '../test-support/workspace-requests.ts';
import { glossaryForLanguage } from './service.ts';

for (const database of testDatabases()) {
  describe(`the glossary on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    it('keeps terms with their translations, and gives machine translation what it needs', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await actingAs(t, 'editor', region);
      const added = await editor('POST', '/glossary', {
        term: 'Ausländerbehörde',
        translations: { en: 'Immigration Office', ar: 'دائرة الأجانب', fa: '' },
        note: 'Amtlicher Name',
      });
      assert.equal(added.statusCode, 201, added.body);
      assert.deepEqual(added.json().translations, { en: 'Immigration Office', ar: 'دائرة الأجانب' });
      await editor('POST', '/glossary', { term: 'Jobcenter', isDoNotTranslate: true });

      const list = await editor('GET', '/glossary');
      assert.deepEqual(
        list.json().terms.map((term: { term: string }) => term.term),
        ['Ausländerbehörde', 'Jobcenter'],
      );
      assert.deepEqual(await glossaryForLanguage(t.ctx, region.id, 'en'), [
        { term: 'Ausländerbehörde', translation: 'Immigration Office' },
        { term: 'Jobcenter', translation: null },
      ]);
      assert.deepEqual(await glossaryForLanguage(t.ctx, region.id, 'fa'), [
        { term: 'Jobcenter', translation: null },
      ]);
    });

    it('refuses a second entry for a term, languages the region lacks, and lists every problem', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await actingAs(t, 'editor', region);
      await editor('POST', '/glossary', { term: 'Kita' });
      const twice = await editor('POST', '/glossary', { term: 'KITA' });
      assert.equal(twice.statusCode, 409);
      assert.match(twice.json().error.message, /has "KITA" already/);
      const bad = await editor('POST', '/glossary', { term: 'Schule', translations: { tr: 'okul' } });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(
        bad.json().error.details.issues.map((issue: { field: string }) => issue.field),
        ['translations.tr'],
      );
      const empty = await editor('POST', '/glossary', { term: ' ', note: 'x'.repeat(501) });
      assert.equal(empty.statusCode, 400);
      assert.equal(empty.json().error.details.issues.length, 2);
    });

    it('never overwrites a change made in the meantime', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await actingAs(t, 'editor', region);
      const term = (await editor('POST', '/glossary', { term: 'Bürgeramt' })).json();
      const first = await editor('PUT', `/glossary/${term.id}`, {
        term: 'Bürgeramt',
        translations: { en: 'Citizens’ Office' },
        expectedUpdatedAt: term.updatedAt,
      });
      assert.equal(first.statusCode, 200, first.body);
      const late = await editor('PUT', `/glossary/${term.id}`, {
        term: 'Bürgeramt',
        translations: { en: 'Residents’ Office' },
        expectedUpdatedAt: term.updatedAt,
      });
      assert.equal(late.statusCode, 409);
      assert.equal((await editor('GET', '/glossary')).json().terms[0].translations.en, 'Citizens’ Office');
    });

    it('lets editors manage it, others only read it, and keeps regions apart', async () => {
      const region = await createTestRegion(t.ctx);
      const other = await createTestRegion(t.ctx);
      const editor = await actingAs(t, 'editor', region);
      const term = (await editor('POST', '/glossary', { term: 'Kita' })).json();
      const translator = await actingAs(t, 'translator', region, ['ar']);
      assert.equal((await translator('GET', '/glossary')).statusCode, 200);
      assert.equal((await translator('POST', '/glossary', { term: 'Schule' })).statusCode, 403);
      assert.equal((await translator('DELETE', `/glossary/${term.id}`)).statusCode, 403);
      const stranger = await actingAs(t, 'editor', other);
      assert.equal((await stranger('DELETE', `/glossary/${term.id}`)).statusCode, 404);
      assert.equal((await stranger('DELETE', `/glossary/${term.id}`, undefined, other.slug)).statusCode, 404);
      assert.equal((await editor('DELETE', `/glossary/${term.id}`)).statusCode, 200);
      assert.deepEqual((await editor('GET', '/glossary')).json().terms, []);
    });
  });
}
