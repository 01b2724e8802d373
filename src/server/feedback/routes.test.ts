import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { listFeedback } from './repo.ts';

let clientNumber = 0;
/** A fresh client address, so the rate limit of one test does not touch another. */
const newClient = () => `192.0.2.${++clientNumber}`;

for (const database of testDatabases()) {
  describe(`public feedback on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const setup = async () => {
      const region = await createTestRegion(t.ctx);
      const page = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Kita', ar: 'الحضانة' },
      });
      const send = (body: object, remoteAddress = newClient()) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/regions/${region.slug}/ar/feedback`,
          payload: body,
          remoteAddress,
        });
      return { region, page, send };
    };

    it('stores a rating with comment and contact, in the reader’s language', async () => {
      const { region, page, send } = await setup();
      const response = await send({
        targetType: 'page',
        targetId: page.pageId,
        rating: 'not-helpful',
        comment: 'العنوان غير صحيح',
        contact: 'reader@example.org',
      });
      assert.equal(response.statusCode, 201);
      const [stored] = await listFeedback(t.ctx.db, region.id);
      assert.deepEqual(
        [
          stored?.language_tag,
          stored?.target_id,
          stored?.is_helpful,
          stored?.comment,
          stored?.contact,
          stored?.status,
        ],
        ['ar', page.pageId, false, 'العنوان غير صحيح', 'reader@example.org', 'new'],
      );
    });

    it('needs no personal data: a rating alone is enough', async () => {
      const { region, page, send } = await setup();
      assert.equal(
        (await send({ targetType: 'page', targetId: page.pageId, rating: 'helpful' })).statusCode,
        201,
      );
      const [stored] = await listFeedback(t.ctx.db, region.id);
      assert.deepEqual([stored?.is_helpful, stored?.comment, stored?.contact], [true, null, null]);
    });

    it('lists every problem of invalid feedback', async () => {
      const { send } = await setup();
      const response = await send({
        targetType: 'page',
        comment: 'x'.repeat(1001),
        contact: 'y'.repeat(201),
      });
      assert.equal(response.statusCode, 400);
      const fields = response
        .json()
        .error.details.issues.map((issue: { field: string }) => issue.field)
        .sort();
      assert.deepEqual(fields, ['body.comment', 'body.contact', 'body.targetId']);
    });

    it('refuses feedback on a page of another region or language', async () => {
      const { send } = await setup();
      const other = await setup();
      const response = await send({ targetType: 'page', targetId: other.page.pageId, rating: 'helpful' });
      assert.equal(response.statusCode, 400);
      assert.match(response.json().error.message, /not a public page of this region/);
    });

    it('accepts but discards feedback that filled the hidden field', async () => {
      const { region, page, send } = await setup();
      const response = await send({
        targetType: 'page',
        targetId: page.pageId,
        rating: 'helpful',
        website: 'http://spam.example',
      });
      assert.equal(response.statusCode, 201);
      assert.deepEqual(await listFeedback(t.ctx.db, region.id), []);
    });

    it('counts the client behind trusted proxies only', async () => {
      const proxied = await startTestApp(database, { LOTSE_TRUST_PROXY: '1' });
      try {
        const region = await createTestRegion(proxied.ctx);
        const page = await createPublishedPage(proxied.ctx, { regionId: region.id, titles: { de: 'Kita' } });
        const send = (forwardedFor: string) =>
          proxied.app.inject({
            method: 'POST',
            url: `/api/v1/regions/${region.slug}/de/feedback`,
            payload: { targetType: 'page', targetId: page.pageId, rating: 'helpful' },
            remoteAddress: '10.9.9.9',
            headers: { 'x-forwarded-for': forwardedFor },
          });
        for (let i = 0; i < 10; i++) assert.equal((await send('203.0.113.50')).statusCode, 201);
        assert.equal((await send('203.0.113.50')).statusCode, 429);
        assert.equal((await send('203.0.113.51')).statusCode, 201, 'another reader behind the same proxy');
      } finally {
        await proxied.close();
      }
    });

    it('limits feedback per client and says when to try again', async () => {
      const { page, send } = await setup();
      const client = newClient();
      for (let i = 0; i < 10; i++) {
        assert.equal(
          (await send({ targetType: 'page', targetId: page.pageId, rating: 'helpful' }, client)).statusCode,
          201,
        );
      }
      const limited = await send({ targetType: 'page', targetId: page.pageId, rating: 'helpful' }, client);
      assert.equal(limited.statusCode, 429);
      assert.equal(limited.json().error.code, 'rate_limited');
      assert.ok(Number(limited.headers['retry-after']) > 0);
      assert.equal(
        (await send({ targetType: 'page', targetId: page.pageId, rating: 'helpful' })).statusCode,
        201,
      );
    });
  });
}
