import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { listVersions } from '../page-editing/repo.ts';
import { savePageVersion } from '../pages/service.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { publicTitles } from '../test-support/workspace-requests.ts';

const body =
  '<p>Öffnen Sie ein <strong>Konto</strong> bei der <a href="https://bank.example/">Bank</a>.</p>' +
  '<ul><li>Pass</li><li>Meldebescheinigung</li></ul>';

/** What a translator does with an exported file: a target for every source, codes kept. */
function translate(xml: string, prefix: string): string {
  return xml.replace(
    /<source>((?:(?!<\/source>)[\s\S])*)<\/source>(?!\s*<target)/g,
    `<source>$1</source><target>${prefix}$1</target>`,
  );
}

for (const database of testDatabases()) {
  describe(`XLIFF exchange on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const setUp = async () => {
      const region = await createTestRegion(t.ctx);
      const page = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Bankkonto', ar: 'حساب' },
        html: body,
      });
      const { headers } = await signInWithRole(t, 'editor', region);
      const request = (
        method: 'GET' | 'POST',
        url: string,
        payload?: string | Buffer,
        type = 'application/xliff+xml',
      ) =>
        t.app.inject({
          method,
          url: `/api/cms/regions/${region.slug}${url}`,
          headers: { ...headers, ...(payload === undefined ? {} : { 'content-type': type }) },
          ...(payload === undefined ? {} : { payload }),
        });
      return { region, pageId: page.pageId, source: page.versions.de!, request, headers };
    };

    it('exports a page as XLIFF 2.0, previews the translated file, and publishes it keeping the markup', async () => {
      const { region, pageId, source, request } = await setUp();
      const exported = await request('GET', `/xliff?language=en&pages=${pageId}&version=2.0`);
      assert.equal(exported.statusCode, 200, exported.body);
      assert.match(exported.headers['content-type'] as string, /application\/xliff\+xml/);
      assert.match(
        exported.headers['content-disposition'] as string,
        /attachment; filename=".*-de-en-.*\.xlf"/,
      );
      assert.match(exported.body, new RegExp(`original="lotse:page/${pageId}@v${source.id}"`));
      assert.match(exported.body, /srcLang="de" trgLang="en"/);

      const translated = translate(exported.body, 'EN ');
      const preview = await request('POST', '/xliff', translated);
      assert.equal(preview.statusCode, 200, preview.body);
      const [page] = preview.json().pages;
      assert.equal(page.title, 'EN Bankkonto');
      assert.equal(
        page.contentHtml,
        '<p>EN Öffnen Sie ein <strong>Konto</strong> bei der <a href="https://bank.example/" rel="noopener noreferrer">Bank</a>.</p><ul><li>EN Pass</li><li>EN Meldebescheinigung</li></ul>',
      );
      assert.deepEqual([page.warnings, page.sourceChange, page.createdVersionId], [[], null, null]);
      assert.deepEqual(await publicTitles(t, region.slug, 'en'), [], 'a preview saves nothing');

      const imported = await request('POST', '/xliff?isPreview=false&status=published', translated);
      assert.equal(imported.statusCode, 201, imported.body);
      assert.deepEqual(await publicTitles(t, region.slug, 'en'), ['EN Bankkonto']);
      const [version] = await listVersions(t.ctx.db, { regionId: region.id, pageId, language: 'en' });
      assert.equal(version?.source_version_id, source.id);
    });

    it('round-trips XLIFF 1.2 in a zip, and warns with the diff when the source changed since the export', async () => {
      const { region, pageId, request } = await setUp();
      const exported = await request('GET', `/xliff?language=en&states=missing&version=1.2&packaging=zip`);
      assert.equal(exported.headers['content-type'], 'application/zip');
      const files = unzipSync(exported.rawPayload);
      assert.deepEqual(Object.keys(files), [`page-${pageId}.xlf`]);
      const xml = strFromU8(files[`page-${pageId}.xlf`]!);
      assert.match(xml, /urn:oasis:names:tc:xliff:document:1\.2/);
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId },
        {
          language: 'de',
          title: 'Bankkonto',
          contentHtml: body.replace('Pass', 'Reisepass'),
          status: 'published',
        },
      );
      const zip = Buffer.from(zipSync({ [`page-${pageId}.xlf`]: strToU8(translate(xml, 'EN ')) }));
      const preview = await request('POST', '/xliff', zip, 'application/zip');
      assert.equal(preview.statusCode, 200, preview.body);
      const [page] = preview.json().pages;
      assert.match(page.sourceChange.after, /Reisepass/);
      assert.doesNotMatch(page.sourceChange.before, /Reisepass/);
      assert.match(page.warnings.join(' '), /source was changed after the export/);
    });

    it('lists every problem of a file that does not fit the region, and refuses hostile XML', async () => {
      const { pageId, request } = await setUp();
      const exported = (await request('GET', `/xliff?language=en&pages=${pageId}`)).body;
      const wrong = translate(exported, '')
        .replace('trgLang="en"', 'trgLang="fa"')
        .replace('<unit id="b1">', '<unit id="b99">');
      const refused = await request('POST', '/xliff', wrong);
      assert.equal(refused.statusCode, 400);
      assert.match(
        refused.json().error.details.problems.join('\n'),
        /"fa" is translated from "en" here, not from "de"/,
      );

      const unknownUnit = translate(exported, '').replace('<unit id="b1">', '<unit id="b99">');
      const problems = (await request('POST', '/xliff', unknownUnit)).json().error.details.problems;
      assert.deepEqual(problems, [
        `Page ${pageId}: the file has a unit "b99" that its source version does not have.`,
      ]);

      const outOfRange = translate(exported, '')
        .replaceAll(`page-${pageId}"`, 'page-99999999999"')
        .replace(/lotse:page\/\d+@/, 'lotse:page/99999999999@')
        .replace(/type="page-id">\d+</, 'type="page-id">99999999999<');
      const unknownPage = await request('POST', '/xliff', outOfRange);
      assert.equal(unknownPage.statusCode, 400, unknownPage.body);
      assert.deepEqual(unknownPage.json().error.details.problems, [
        'Page 99999999999 is not a page of this region.',
      ]);

      const hostile = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="de" trgLang="en"><file id="page-1"><unit id="b1"><segment><source>&e;</source></segment></unit></file></xliff>`;
      const attack = await request('POST', '/xliff', hostile);
      assert.equal(attack.statusCode, 400);
      assert.match(attack.json().error.message, /DOCTYPE/);
      assert.equal((await request('POST', '/xliff', '{}', 'application/json')).statusCode, 415);
    });

    it('lets translators export and import their languages only, and never publish', async () => {
      const { region, pageId, request } = await setUp();
      const exported = translate((await request('GET', `/xliff?language=en&pages=${pageId}`)).body, 'EN ');
      const { headers } = await signInWithRole(t, 'translator', region, ['ar']);
      const asTranslator = (method: 'GET' | 'POST', url: string, payload?: string) =>
        t.app.inject({
          method,
          url: `/api/cms/regions/${region.slug}${url}`,
          headers: { ...headers, 'content-type': 'application/xliff+xml' },
          ...(payload ? { payload } : {}),
        });
      assert.equal((await asTranslator('GET', `/xliff?language=en&pages=${pageId}`)).statusCode, 403);
      assert.equal((await asTranslator('POST', '/xliff', exported)).statusCode, 403);
      const arabic = translate((await request('GET', `/xliff?language=ar&pages=${pageId}`)).body, 'AR ');
      assert.equal(
        (await asTranslator('POST', '/xliff?isPreview=false&status=review', arabic)).statusCode,
        201,
      );
      assert.equal(
        (await asTranslator('POST', '/xliff?isPreview=false&status=published', arabic)).statusCode,
        403,
      );
    });
  });
}
