import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { CATALOGS } from '../src/web/i18n.ts';
import { launchChromium, startDemoServer, type DemoServer } from './support.ts';

const german = CATALOGS.get('de')!;
const arabic = CATALOGS.get('ar')!;

describe('a newcomer’s first visit', () => {
  let server: DemoServer;
  let browser: Browser;
  before(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds Musterstadt, reads Arabic right to left, switches to Ukrainian, searches, saves, and reads offline', async () => {
    const context = await browser.newContext({
      locale: 'de-DE',
      geolocation: { latitude: 50.56, longitude: 9.68 },
      permissions: ['geolocation'],
      viewport: { width: 412, height: 915 },
    });
    const page = await context.newPage();

    await page.goto(server.origin);
    await page.getByRole('button', { name: german['picker.nearMe'] }).click();
    await page.waitForURL(/\?near=50\.56\d*,9\.68/);
    await page
      .getByText(/\d+ km entfernt/)
      .first()
      .waitFor();
    await page.getByLabel(german['picker.searchLabel']!).fill('12345');
    await page.getByRole('button', { name: german['picker.searchButton'] }).click();
    await page.getByRole('link', { name: 'Musterstadt' }).click();
    await page.waitForURL(/\/musterstadt\/de\/$/);

    await page
      .getByRole('navigation', { name: german['nav.language'] })
      .getByRole('link', { name: 'العربية' })
      .click();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    await page.getByRole('link', { name: 'الصحة' }).click();
    await page.getByRole('heading', { level: 1, name: 'الصحة' }).waitFor();
    const headingBox = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    assert.ok(headingBox.x + headingBox.width > 412 - 40, 'the Arabic heading starts at the right edge');

    await page
      .getByRole('navigation', { name: arabic['nav.language'] })
      .getByRole('link', { name: 'Українська' })
      .click();
    await page.waitForURL(/\/musterstadt\/uk\//);
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Здоров/);

    await page.goto(`${server.origin}/musterstadt/de/search`);
    await page.getByRole('searchbox').fill('Detschkurs');
    await page.keyboard.press('Enter');
    await page.locator('.result-list mark').first().waitFor();

    await page.goto(`${server.origin}/musterstadt/de/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page
      .getByRole('button', { name: german['offline.save']!.replace('{region}', 'Musterstadt') })
      .click();
    await page.getByText(/^Für die Offline-Nutzung gespeichert am/).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    await page.getByRole('link', { name: 'Wohnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wohnen' }).waitFor();
    await page.getByRole('link', { name: 'Wohnungssuche' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Wohnungssuche' }).waitFor();
    await context.close();
  });
});
