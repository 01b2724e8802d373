import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from './test-support/databases.ts';
import { startTestApp, type TestApp } from './test-support/test-app.ts';

for (const database of testDatabases()) {
  describe(`application on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    it('reports health with the database kind', async () => {
      const response = await t.app.inject({ url: '/healthz' });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), {
        status: 'ok',
        database: database.name === 'PGlite' ? 'embedded' : 'postgres',
      });
    });

    it('answers 503 from /healthz when the database does not answer', async () => {
      const broken = await startTestApp(database);
      await broken.handle.close();
      const response = await broken.app.inject({ url: '/healthz' });
      assert.equal(response.statusCode, 503);
      assert.equal(response.json().error.code, 'unavailable');
      await broken.app.close();
    });

    it('publishes an OpenAPI 3.1 document describing every public operation', async () => {
      const response = await t.app.inject({ url: '/api/v1/openapi.json' });
      assert.equal(response.statusCode, 200);
      const document = response.json();
      assert.equal(document.openapi, '3.1.0');
      assert.deepEqual(
        Object.keys(document.paths).sort(),
        [
          '/regions',
          '/regions/{region}',
          '/regions/{region}/{lang}/contact',
          '/regions/{region}/{lang}/feedback',
          '/regions/{region}/{lang}/pages',
          '/regions/{region}/{lang}/pages/{path}',
          '/regions/{region}/{lang}/search',
        ].sort(),
      );
      assert.ok(document.paths['/regions/{region}/{lang}/feedback'].post.responses['201']);
      const getPage = document.paths['/regions/{region}/{lang}/pages/{path}'].get;
      assert.deepEqual(
        getPage.parameters.map((parameter: { name: string }) => parameter.name),
        ['region', 'lang', 'path'],
      );
      assert.ok(getPage.responses['404']);
      assert.ok(getPage.responses['304']);
      assert.equal(
        getPage.responses['200'].content['application/json'].schema.properties.breadcrumb.type,
        'array',
      );
    });

    it('answers unknown routes and methods with the JSON error shape', async () => {
      for (const request of [
        { method: 'GET' as const, url: '/api/v1/nothing' },
        { method: 'DELETE' as const, url: '/api/v1/regions' },
      ]) {
        const response = await t.app.inject(request);
        assert.equal(response.statusCode, 404);
        assert.equal(response.json().error.code, 'not_found');
      }
    });
  });
}
