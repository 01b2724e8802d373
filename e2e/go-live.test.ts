import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createUser } from '../src/server/users/service.ts';
import { axeViolations, launchChromium, startDemoServer, type DemoServer } from './support.ts';
import { de, signIn } from './workspace-support.ts';

describe('setting a new region live', () => {
  let server: DemoServer;
  let browser: Browser;
  before(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Writes and publishes a page through the workspace API, as the signed-in admin. */
  const publishPage = async (page: Page, title: string): Promise<number> => {
    const api = `${server.origin}/api/cms/regions/neustadt`;
    const session = await (await page.request.get(`${server.origin}/api/cms/session`)).json();
    const headers = { 'x-csrf-token': session.csrfToken };
    const created = await page.request.post(`${api}/pages`, { headers, data: { parentId: null } });
    assert.equal(created.status(), 201, await created.text());
    const { id } = await created.json();
    const published = await page.request.post(`${api}/pages/${id}/versions`, {
      headers,
      data: {
        language: 'de',
        baseVersionId: null,
        title,
        contentHtml: `<p>${title} der Stadt Neustadt.</p>`,
        status: 'published',
      },
    });
    assert.equal(published.status(), 201, await published.text());
    return id;
  };

  it('creates the region, lists what is missing, takes the official and legal pages, and goes live', async () => {
    const admin = { email: 'plattform@lotse.example', password: 'a long and private passphrase' };
    await createUser(server.ctx.db, { ...admin, role: 'platform-admin' });
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await signIn(page, server.origin, admin);

    await page.getByRole('heading', { name: de['regions.all'] }).waitFor();
    await page.getByLabel(de['newRegion.name']!, { exact: true }).fill('Neustadt');
    assert.equal(await page.getByLabel(de['newRegion.slug']!).inputValue(), 'neustadt');
    await page.getByRole('button', { name: de['newRegion.create'] }).click();

    const checklist = page.getByRole('list', { name: de['goLive.checklist'] });
    await checklist.waitFor();
    assert.equal(await checklist.locator('.is-unmet').count(), 8);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: de['goLive.goLive'] }).click();
    await page
      .getByRole('alert')
      .getByText(/Name a responsible official/)
      .waitFor();

    // The official must manage the region: invite them first.
    await page.getByRole('link', { name: de['region.members'] }).click();
    await page.getByLabel(de['members.invite.email']!).fill('integration@neustadt.example');
    await page.getByLabel(de['members.invite.role']!).selectOption('region-manager');
    await page.getByRole('button', { name: de['members.invite.submit'] }).click();
    await page.getByText('integration@neustadt.example').first().waitFor();

    const legal = {
      imprint: await publishPage(page, 'Impressum'),
      privacy: await publishPage(page, 'Datenschutz'),
      accessibility: await publishPage(page, 'Barrierefreiheit'),
    };
    await page.getByRole('link', { name: de['region.goLive'] }).click();
    await page.getByLabel(de['goLive.official.publicName']!).fill('Integrationsbüro Neustadt');
    await page.getByLabel(de['goLive.official.email']!).fill('integration@neustadt.example');
    await page.getByLabel(de['goLive.official.officeHours']!).fill('Mo–Fr 9–12 Uhr');
    await page.getByRole('button', { name: de['goLive.official.save'] }).click();
    await page.getByText(de['goLive.saved']!).first().waitFor();
    for (const [purpose, pageId] of Object.entries(legal)) {
      await page
        .getByRole('combobox', { name: de[`goLive.legal.${purpose}`]!, exact: true })
        .selectOption(String(pageId));
    }
    await page.getByRole('button', { name: de['goLive.legal.save'] }).click();
    await page.waitForFunction(() => document.querySelectorAll('.checklist .is-unmet').length === 0);

    await page.getByRole('button', { name: de['goLive.goLive'] }).click();
    await page.getByText(de['goLive.status.live']!).waitFor();
    const contact = await page.request.get(`${server.origin}/neustadt/de/contact`);
    assert.equal(contact.status(), 200);
    const html = await contact.text();
    assert.match(html, /Integrationsbüro Neustadt/);
    assert.match(html, /Barrierefreiheit/);
    await page.context().close();
  });
});
