import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPublishedPage } from '../test-support/factories.ts';
import { testDatabases } from '../test-support/databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { setUpInbox } from './inbox-test-setup.ts';
import { rankPagesByHelpfulness } from './statistics.ts';

describe('ranking pages by helpfulness', () => {
  it('puts the least helpful share first, then the page more readers found unhelpful', () => {
    const ranked = rankPagesByHelpfulness([
      { pageId: 1, title: 'Gut', helpful: 9, notHelpful: 1 },
      { pageId: 2, title: 'Schlecht', helpful: 1, notHelpful: 3 },
      { pageId: 3, title: 'Nie hilfreich, oft', helpful: 0, notHelpful: 10 },
      { pageId: 4, title: 'Nie hilfreich, einmal', helpful: 0, notHelpful: 1 },
    ]);
    assert.deepEqual(
      ranked.map((page) => [page.pageId, page.helpfulShare]),
      [
        [3, 0],
        [4, 0],
        [2, 0.25],
        [1, 0.9],
      ],
    );
  });
});

for (const database of testDatabases()) {
  describe(`feedback statistics on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    it('shows helpfulness per page, worst first, and the searches that found nothing, apart from spam', async () => {
      const { region, page, manager, leave, onPage } = await setUpInbox(t);
      const other = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Wohngeld', ar: 'إعانة' },
      });
      await leave('ar', onPage('helpful'));
      await leave('de', onPage('helpful'));
      await leave('de', onPage('not-helpful', { comment: 'Unklar' }));
      await leave('ar', { targetType: 'page', targetId: other.pageId, rating: 'not-helpful' });
      await leave('de', { targetType: 'page', targetId: other.pageId, comment: 'No rating, not counted' });
      for (const query of ['Kindergeld', 'kindergeld', 'KINDERGELD']) {
        await leave('de', { targetType: 'search', searchQuery: query, comment: 'Nichts gefunden' });
      }
      await leave('ar', { targetType: 'search', searchQuery: 'سكن', rating: 'not-helpful' });
      await leave('de', { targetType: 'region', rating: 'not-helpful' });
      const spam = [
        await leave('en', onPage('not-helpful', { comment: 'Cheap watches' })),
        await leave('en', { targetType: 'search', searchQuery: 'cheap watches', rating: 'not-helpful' }),
      ];
      for (const id of spam) {
        assert.equal((await manager('PATCH', `/${id}`, { status: 'spam' })).statusCode, 200);
      }

      const response = await manager('GET', '/statistics');
      assert.equal(response.statusCode, 200, response.body);
      const { pages, searches } = response.json();
      assert.deepEqual(pages, [
        { pageId: other.pageId, title: 'Wohngeld', helpful: 0, notHelpful: 1, helpfulShare: 0 },
        { pageId: page.pageId, title: 'Kita', helpful: 2, notHelpful: 1, helpfulShare: 2 / 3 },
      ]);
      assert.deepEqual(
        searches.map((search: { query: string; language: string; count: number }) => [
          search.query.toLowerCase(),
          search.language,
          search.count,
        ]),
        [
          ['kindergeld', 'de', 3],
          ['سكن', 'ar', 1],
        ],
      );
    });

    it('is empty for a region without feedback', async () => {
      const { manager } = await setUpInbox(t);
      assert.deepEqual((await manager('GET', '/statistics')).json(), { pages: [], searches: [] });
    });
  });
}
