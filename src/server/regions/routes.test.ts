import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';

for (const database of testDatabases()) {
  describe(`public regions API on ${database.name}`, () => {
    let t: TestApp;
    const slugs: Record<string, string> = {};
    before(async () => {
      t = await startTestApp(database);
      const munich = await createTestRegion(t.ctx, {
        name: 'München',
        postalCodes: ['80331', '80333'],
        aliases: ['Schwabing', 'Pasing'],
        center: { latitude: 48.137, longitude: 11.575 },
      });
      const cologne = await createTestRegion(t.ctx, {
        name: 'Köln',
        kind: 'city',
        center: { latitude: 50.938, longitude: 6.96 },
      });
      const county = await createTestRegion(t.ctx, { name: 'Landkreis Görlitz', kind: 'county' });
      const draft = await createTestRegion(t.ctx, { name: 'München Entwurf', status: 'draft' });
      Object.assign(slugs, {
        munich: munich.slug,
        cologne: cologne.slug,
        county: county.slug,
        draft: draft.slug,
      });
    });
    after(() => t.close());

    const names = async (query: string) => {
      const response = await t.app.inject({ url: `/api/v1/regions${query}` });
      assert.equal(response.statusCode, 200, response.body);
      return response.json().regions.map((region: { name: string }) => region.name);
    };

    it('lists live regions only', async () => {
      const all = await names('');
      assert.ok(all.includes('München') && all.includes('Köln') && all.includes('Landkreis Görlitz'));
      assert.ok(!all.includes('München Entwurf'));
    });

    it('matches names ignoring case and accents, with or without German transcription', async () => {
      for (const query of ['Muenchen', 'münchen', 'MUNCHEN', 'munch', 'MÜNCHEN']) {
        assert.deepEqual(await names(`?q=${encodeURIComponent(query)}`), ['München'], query);
      }
      assert.deepEqual(await names(`?q=${encodeURIComponent('goerlitz')}`), ['Landkreis Görlitz']);
      assert.deepEqual(await names(`?q=koln`), ['Köln']);
    });

    it('matches postal codes and aliases', async () => {
      assert.deepEqual(await names('?q=80333'), ['München']);
      assert.deepEqual(await names('?q=schwabing'), ['München']);
      assert.deepEqual(await names(`?q=${encodeURIComponent("x' or 1=1 --")}`), []);
    });

    it('orders by distance from near=lat,lon and says how far', async () => {
      const response = await t.app.inject({ url: '/api/v1/regions?near=50.94,6.95' });
      const regions = response.json().regions;
      assert.equal(regions[0].name, 'Köln');
      assert.ok(regions[0].distanceKm < 2);
      assert.equal(regions[1].name, 'München');
      assert.ok(regions[1].distanceKm > 400 && regions[1].distanceKm < 500);
      assert.equal(regions.at(-1).distanceKm, undefined);
    });

    it('finds a region created after a request for it was answered 404, and lists it', async () => {
      const slug = `later-${Date.now()}`;
      assert.equal((await t.app.inject({ url: `/api/v1/regions/${slug}` })).statusCode, 404);
      assert.ok(!(await names('')).includes('Spätstadt'));
      await createTestRegion(t.ctx, { slug, name: 'Spätstadt' });
      assert.equal((await t.app.inject({ url: `/api/v1/regions/${slug}` })).statusCode, 200);
      assert.ok((await names('')).includes('Spätstadt'));
    });

    it('rejects bad parameters with 400, listing every problem', async () => {
      const response = await t.app.inject({ url: `/api/v1/regions?near=91,0&q=${'x'.repeat(300)}` });
      assert.equal(response.statusCode, 400);
      const error = response.json().error;
      assert.equal(error.code, 'invalid_input');
      assert.deepEqual(error.details.issues.map((issue: { field: string }) => issue.field).sort(), [
        'query.near',
        'query.q',
      ]);
    });

    it('shows a region with its visible languages, and 404 for unknown or draft ones', async () => {
      const response = await t.app.inject({ url: `/api/v1/regions/${slugs.munich}` });
      assert.equal(response.statusCode, 200);
      const region = response.json();
      assert.equal(region.name, 'München');
      assert.deepEqual(region.center, { latitude: 48.137, longitude: 11.575 });
      const farsi = region.languages.find((language: { tag: string }) => language.tag === 'fa');
      assert.deepEqual(farsi, {
        tag: 'fa',
        nativeName: 'فارسی',
        englishName: 'Persian (Farsi)',
        direction: 'rtl',
        script: 'Arab',
      });
      for (const slug of ['nowhere', slugs.draft]) {
        const missing = await t.app.inject({ url: `/api/v1/regions/${slug}` });
        assert.equal(missing.statusCode, 404);
        assert.equal(missing.json().error.code, 'not_found');
      }
    });
  });
}
