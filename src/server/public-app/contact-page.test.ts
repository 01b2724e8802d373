import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listFeedback } from '../feedback/repo.ts';
import { setLegalPages, upsertOfficial } from '../go-live/repo.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { createUser } from '../users/service.ts';

const [embedded] = testDatabases();

describe('the public contact page and feedback beyond pages', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(embedded!);
  });
  after(() => t.close());

  const get = (url: string) => t.app.inject({ url });
  const postForm = (url: string, fields: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });

  /** A region with an official and legal pages: the imprint translated into Arabic, the others German only. */
  const regionWithContact = async () => {
    const region = await createTestRegion(t.ctx);
    const official = await createUser(t.ctx.db, {
      email: `official-${region.slug}@example.org`,
      password: 'a long enough passphrase',
      role: 'region-manager',
      region: region.slug,
    });
    await upsertOfficial(t.ctx.db, {
      region_id: region.id,
      user_id: official.id,
      public_name: 'Integrationsbüro Teststadt',
      email: 'integration@teststadt.example',
      phone: '+49 30 1234-5',
      office_hours: 'Mo–Do 9–12 Uhr',
      response_days: 2,
    });
    const page = (titles: Record<string, string>) =>
      createPublishedPage(t.ctx, { regionId: region.id, titles });
    const imprint = await page({ de: 'Impressum', ar: 'بيانات الناشر' });
    const privacy = await page({ de: 'Datenschutz' });
    await setLegalPages(t.ctx.db, region.id, { imprint: imprint.pageId, privacy: privacy.pageId });
    return region;
  };

  it('names who is responsible, how to reach them and how soon they answer, with the legal pages', async () => {
    const region = await regionWithContact();
    const arabic = await get(`/${region.slug}/ar/contact`);
    assert.equal(arabic.statusCode, 200);
    assert.match(arabic.body, /<html lang="ar" dir="rtl">/);
    assert.match(arabic.body, /Integrationsbüro Teststadt/);
    assert.match(arabic.body, /href="mailto:integration@teststadt\.example"/);
    assert.match(arabic.body, /href="tel:\+49301234-?5"|href="tel:\+493012345"/);
    assert.match(arabic.body, /الرد خلال يومي عمل/);
    assert.match(arabic.body, new RegExp(`href="/${region.slug}/ar/${encodeURIComponent('بيانات-الناشر')}"`));
    assert.match(arabic.body, new RegExp(`href="/${region.slug}/de/datenschutz" hreflang="de"`));
    const german = await get(`/${region.slug}/de/contact`);
    assert.match(german.body, /Antwort innerhalb von 2 Werktagen/);
    assert.match(german.body, new RegExp(`href="/${region.slug}/de/contact"`), 'linked from the footer');
    assert.equal((await get(`/${region.slug}/xx/contact`)).statusCode, 404);

    const api = (await get(`/api/v1/regions/${region.slug}/ar/contact`)).json();
    assert.deepEqual(api.official, {
      name: 'Integrationsbüro Teststadt',
      email: 'integration@teststadt.example',
      phone: '+49 30 1234-5',
      officeHours: 'Mo–Do 9–12 Uhr',
      responseDays: 2,
    });
    assert.deepEqual(
      api.legalPages.map((page: { purpose: string; language: string }) => [page.purpose, page.language]),
      [
        ['imprint', 'ar'],
        ['privacy', 'de'],
      ],
    );
  });

  it('says so when nobody is named', async () => {
    const region = await createTestRegion(t.ctx);
    const page = await get(`/${region.slug}/en/contact`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Nobody is named as responsible at the moment/);
    assert.equal((await get(`/api/v1/regions/${region.slug}/en/contact`)).json().official, null);
  });

  it('takes a message to the region on the contact page, without JavaScript', async () => {
    const region = await regionWithContact();
    const sent = await postForm(`/${region.slug}/ar/feedback`, {
      targetType: 'region',
      comment: 'متى يفتح المكتب؟',
      contact: 'reader@example.org',
      website: '',
    });
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, `/${region.slug}/ar/contact?feedback=thanks#feedback`);
    const [stored] = await listFeedback(t.ctx.db, region.id);
    assert.deepEqual(
      [stored?.target_type, stored?.language_tag, stored?.comment, stored?.contact],
      ['region', 'ar', 'متى يفتح المكتب؟', 'reader@example.org'],
    );
    const thanked = await get(sent.headers.location as string);
    assert.match(thanked.body, /role="status"/);
  });

  it('asks what was missing after a search without results, and keeps the query', async () => {
    const region = await regionWithContact();
    const search = await get(`/${region.slug}/de/search?q=Kinderarzt`);
    assert.match(search.body, /Nicht gefunden, was Sie suchen\?/);
    assert.match(search.body, /name="searchQuery" value="Kinderarzt"/);
    const found = await get(`/${region.slug}/de/search?q=Impressum`);
    assert.doesNotMatch(found.body, /name="searchQuery"/, 'no form when something was found');

    const sent = await postForm(`/${region.slug}/de/feedback`, {
      targetType: 'search',
      searchQuery: 'Kinderarzt',
      comment: 'Eine Liste der Kinderärzte fehlt.',
      website: '',
    });
    assert.equal(sent.headers.location, `/${region.slug}/de/search?q=Kinderarzt&feedback=thanks#feedback`);
    const [stored] = await listFeedback(t.ctx.db, region.id);
    assert.deepEqual(
      [stored?.target_type, stored?.search_query, stored?.comment],
      ['search', 'Kinderarzt', 'Eine Liste der Kinderärzte fehlt.'],
    );
    const thanked = await get(sent.headers.location as string);
    assert.match(thanked.body, /Vielen Dank für Ihre Rückmeldung!/);
  });
});
