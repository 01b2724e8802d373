import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LIMITS } from '../../shared/limits.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import type { Role } from '../users/schema.ts';

/** A real 1×1 PNG. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');

for (const database of testDatabases()) {
  describe(`image uploads on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    /** Signs in with a role; returns a function that uploads bytes with a content type. */
    const uploaderAs = async (role: Role, region: { id: number; slug: string }, languages: string[] = []) => {
      const { headers } = await signInWithRole(t, role, region, languages);
      return (bytes: Buffer, contentType = 'image/png', fileName = 'Rathaus Übersicht.PNG') =>
        t.app.inject({
          method: 'POST',
          url: `/api/cms/regions/${region.slug}/media?fileName=${encodeURIComponent(fileName)}`,
          headers: { ...headers, 'content-type': contentType },
          payload: bytes,
        });
    };

    it('stores an image and serves it from its address, immutable, with a strong ETag', async () => {
      const region = await createTestRegion(t.ctx);
      const upload = await uploaderAs('editor', region);
      const uploaded = await upload(png);
      assert.equal(uploaded.statusCode, 201, uploaded.body);
      const { id, ...rest } = uploaded.json();
      assert.deepEqual(rest, {
        url: `/media/${region.slug}/${id}/rathaus-ubersicht.png`,
        fileName: 'Rathaus Übersicht.PNG',
        contentType: 'image/png',
        byteSize: png.length,
      });

      const served = await t.app.inject({ url: uploaded.json().url });
      assert.equal(served.statusCode, 200);
      assert.deepEqual(served.rawPayload, png);
      assert.equal(served.headers['content-type'], 'image/png');
      assert.equal(served.headers['x-content-type-options'], 'nosniff');
      assert.equal(served.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.match(String(served.headers.etag), /^"[0-9a-f]{64}"$/);
      const again = await t.app.inject({
        url: uploaded.json().url,
        headers: { 'if-none-match': String(served.headers.etag) },
      });
      assert.equal(again.statusCode, 304);
      const renamed = await t.app.inject({ url: `/media/${region.slug}/${id}/other-name.png` });
      assert.equal(renamed.statusCode, 200, 'the name is for people; the address never breaks');

      const manager = await signInWithRole(t, 'region-manager', region);
      const audit = await t.app.inject({
        url: `/api/cms/regions/${region.slug}/audit?action=media`,
        headers: manager.headers,
      });
      assert.deepEqual(
        audit.json().entries.map((entry: { action: string }) => entry.action),
        ['media.uploaded'],
      );
    });

    it('lets whoever edits pages upload, translators too, but not observers or strangers', async () => {
      const region = await createTestRegion(t.ctx);
      for (const role of ['region-manager', 'author'] as const) {
        assert.equal((await (await uploaderAs(role, region))(png)).statusCode, 201, role);
      }
      assert.equal((await (await uploaderAs('translator', region, ['ar']))(png)).statusCode, 201);
      assert.equal((await (await uploaderAs('observer', region))(png)).statusCode, 403);
      const other = await createTestRegion(t.ctx);
      assert.equal((await (await uploaderAs('editor', other))(png)).statusCode, 201);
      const stranger = await signInWithRole(t, 'editor', other);
      const intoRegion = await t.app.inject({
        method: 'POST',
        url: `/api/cms/regions/${region.slug}/media?fileName=a.png`,
        headers: { ...stranger.headers, 'content-type': 'image/png' },
        payload: png,
      });
      assert.equal(intoRegion.statusCode, 404);
      const anonymous = await t.app.inject({
        method: 'POST',
        url: `/api/cms/regions/${region.slug}/media?fileName=a.png`,
        headers: { 'content-type': 'image/png' },
        payload: png,
      });
      assert.equal(anonymous.statusCode, 401);
    });

    it('refuses SVG, other types, bytes that do not match their type, empty and too large files', async () => {
      const region = await createTestRegion(t.ctx);
      const upload = await uploaderAs('editor', region);
      const refusal = async (bytes: Buffer, type: string) => {
        const response = await upload(bytes, type);
        return { status: response.statusCode, ...response.json().error };
      };
      const asSvg = await refusal(svg, 'image/svg+xml');
      assert.equal(asSvg.status, 415);
      assert.equal(asSvg.code, 'unsupported_media_type');
      assert.match(asSvg.message, /SVG/);
      const svgAsPng = await refusal(svg, 'image/png');
      assert.equal(svgAsPng.status, 415);
      assert.match(svgAsPng.message, /not a PNG image/);
      const pngAsJpeg = await refusal(png, 'image/jpeg');
      assert.equal(pngAsJpeg.status, 415);
      assert.match(pngAsJpeg.message, /is a PNG image but was sent as image\/jpeg/);
      assert.equal((await refusal(png, 'application/pdf')).status, 415);
      assert.equal((await refusal(Buffer.from('{"a":1}'), 'application/json')).status, 415);
      assert.equal((await refusal(Buffer.alloc(0), 'image/png')).status, 400);

      const tooLarge = await refusal(
        Buffer.concat([png, Buffer.alloc(LIMITS.imageBytes + 1 - png.length)]),
        'image/png',
      );
      assert.equal(tooLarge.status, 413);
      assert.equal(tooLarge.code, 'payload_too_large');
      assert.match(tooLarge.message, /at most 5 MB/);
      const atLimit = await upload(Buffer.concat([png, Buffer.alloc(LIMITS.imageBytes - png.length)]));
      assert.equal(atLimit.statusCode, 201, atLimit.body);
      assert.equal(atLimit.json().byteSize, LIMITS.imageBytes);
      const withoutName = await t.app.inject({
        method: 'POST',
        url: `/api/cms/regions/${region.slug}/media`,
        headers: { ...(await signInWithRole(t, 'editor', region)).headers, 'content-type': 'image/png' },
        payload: png,
      });
      assert.equal(withoutName.statusCode, 400);
    });

    it('serves nothing for unknown ids, another region’s address, or a region that is not public', async () => {
      const region = await createTestRegion(t.ctx);
      const other = await createTestRegion(t.ctx);
      const { url, id } = (await (await uploaderAs('editor', region))(png)).json();
      assert.equal((await t.app.inject({ url: `/media/${region.slug}/${id + 1000}/a.png` })).statusCode, 404);
      assert.equal((await t.app.inject({ url: `/media/${other.slug}/${id}/a.png` })).statusCode, 404);
      assert.equal((await t.app.inject({ url: `/media/${region.slug}/x/a.png` })).statusCode, 404);
      assert.equal((await t.app.inject({ url })).statusCode, 200);

      const draftRegion = await createTestRegion(t.ctx, { status: 'draft' });
      const upload = await uploaderAs('editor', draftRegion);
      const draftImage = (await upload(png)).json();
      const anonymous = await t.app.inject({ url: draftImage.url });
      assert.equal(anonymous.statusCode, 404);
      assert.equal(anonymous.json().error.code, 'not_found');
      const member = await signInWithRole(t, 'observer', draftRegion);
      const forMember = await t.app.inject({
        url: draftImage.url,
        headers: { cookie: member.headers.cookie },
      });
      assert.equal(forMember.statusCode, 200, 'people who work in a region see its images in the editor');
      assert.equal(forMember.headers['cache-control'], 'private, no-cache');
      const outsider = await signInWithRole(t, 'editor', region);
      const forOutsider = await t.app.inject({
        url: draftImage.url,
        headers: { cookie: outsider.headers.cookie },
      });
      assert.equal(forOutsider.statusCode, 404);
    });

    it('documents the upload in the workspace API', async () => {
      const document = (await t.app.inject({ url: '/api/cms/openapi.json' })).json();
      const upload = document.paths['/regions/{region}/media'].post;
      assert.deepEqual(Object.keys(upload.requestBody.content).sort(), [
        'image/gif',
        'image/jpeg',
        'image/png',
        'image/webp',
      ]);
      assert.ok(upload.responses['201'].content['application/json'].schema.properties.url);
      assert.ok(upload.responses['413']);
      assert.ok(upload.responses['415']);
    });
  });
}
