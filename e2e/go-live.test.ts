import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { createRegion } from '../src/server/regions/service.ts';
import { axeViolations, launchChromium, startDemoServer, type DemoServer } from './support.ts';
import { createAccount, de, signIn } from './workspace-support.ts';

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

  it('shows what is missing, takes the official, and refuses to go live until all is there', async () => {
    await createRegion(server.ctx, {
      slug: 'neustadt',
      name: 'Neustadt',
      kind: 'city',
      status: 'draft',
      defaultLanguage: 'de',
      languages: [
        { tag: 'de', source: null },
        { tag: 'en', source: 'de' },
      ],
    });
    const account = await createAccount(server, { role: 'region-manager', region: 'neustadt' });
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await signIn(page, server.origin, account, '/cms/r/neustadt/go-live');
    const checklist = page.getByRole('list', { name: de['goLive.checklist'] });
    await checklist.waitFor();
    assert.equal(await checklist.locator('.is-unmet').count(), 8);
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('button', { name: de['goLive.goLive'] }).click();
    await page
      .getByRole('alert')
      .getByText(/Name a responsible official/)
      .waitFor();

    await page.getByLabel(de['goLive.official.publicName']!).fill('Integrationsbüro Neustadt');
    await page.getByLabel(de['goLive.official.email']!).fill('integration@neustadt.example');
    await page.getByLabel(de['goLive.official.officeHours']!).fill('Mo–Fr 9–12 Uhr');
    await page.getByRole('button', { name: de['goLive.official.save'] }).click();
    await page.getByText(de['goLive.saved']!).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.checklist .is-unmet').length === 4);
    const region = await server.ctx.db
      .selectFrom('regions')
      .select('status')
      .where('slug', '=', 'neustadt')
      .executeTakeFirstOrThrow();
    assert.equal(region.status, 'draft');
    await page.context().close();
  });
});
