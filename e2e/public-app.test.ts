import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { listFeedback } from '../src/server/feedback/repo.ts';
import { findRegionBySlug } from '../src/server/regions/repo.ts';
import { CATALOGS } from '../src/web/i18n.ts';
import {
  axeViolations,
  launchChromium,
  launchChromiumProfile,
  startDemoServer,
  type DemoServer,
} from './support.ts';

const arabic = CATALOGS.get('ar')!;
const german = CATALOGS.get('de')!;

describe('public app in a browser', () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
    // axe is injected as a script; the app's content security policy would rightly refuse it.
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 412, height: 915 } });
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds Musterstadt by postal code and opens it in Arabic, right to left', async () => {
    await page.goto(`${server.origin}/?lang=ar`);
    await page.getByLabel(arabic['picker.searchLabel']!).fill('12345');
    await page.getByRole('button', { name: arabic['picker.searchButton'] }).click();
    await page.getByRole('link', { name: 'Musterstadt' }).click();
    await page.waitForURL(/\/musterstadt\/en\//); // the browser asks for en-US
    await page.goto(`${server.origin}/musterstadt/ar/`);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    await page.getByRole('link', { name: 'الصحة' }).click();
    await page.getByRole('heading', { level: 1, name: 'الصحة' }).waitFor();
    const direction = await page.evaluate(() => getComputedStyle(document.querySelector('main')!).direction);
    assert.equal(direction, 'rtl');
  });

  it('switches a page to Ukrainian and stays on the same page', async () => {
    await page.goto(`${server.origin}/musterstadt/de/gesundheit`);
    await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'Українська' }).click();
    await page.waitForURL(/\/musterstadt\/uk\//);
    assert.equal(await page.locator('html').getAttribute('lang'), 'uk');
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Здоров/);
  });

  it('says clearly when a page is not available in the chosen language', async () => {
    await page.goto(`${server.origin}/musterstadt/de/wohnen`);
    await page.getByRole('link', { name: 'Wohnberechtigungsschein' }).first().click();
    await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'فارسی' }).click();
    await page.getByRole('heading', { level: 1, name: 'این صفحه به زبان فارسی موجود نیست' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    await page.getByRole('link', { name: 'English' }).last().click();
    await page.waitForURL(/\/musterstadt\/en\//);
  });

  it('finds pages despite a typo', async () => {
    await page.goto(`${server.origin}/musterstadt/de/search`);
    await page.getByRole('searchbox', { name: 'In Musterstadt suchen' }).fill('Detschkurs');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Ergebnis(se)? für „Detschkurs“/ }).waitFor();
    assert.ok((await page.locator('.result-list li').count()) > 0);
    assert.ok((await page.locator('.result-list mark').count()) > 0);
  });

  it('takes feedback on a page and thanks the reader', async () => {
    await page.goto(`${server.origin}/musterstadt/de/gesundheit`);
    await page.getByRole('radio', { name: 'Nein' }).check();
    await page.getByLabel('Was können wir besser machen? (freiwillig)').fill('Bitte mehr zu Zahnärzten.');
    await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
    await page.getByText('Vielen Dank für Ihre Rückmeldung!').waitFor();
    const region = await findRegionBySlug(server.ctx.db, 'musterstadt');
    const [stored] = await listFeedback(server.ctx.db, region!.id);
    assert.deepEqual([stored?.is_helpful, stored?.comment], [false, 'Bitte mehr zu Zahnärzten.']);
  });

  it('takes a message on the contact page and what was missing after a search, without reloading', async () => {
    const region = await findRegionBySlug(server.ctx.db, 'musterstadt');
    const cases = [
      { path: 'contact', legend: 'feedback.regionQuestion', comment: 'Wann ist das Bürgerbüro offen?' },
      { path: 'search?q=Hundesteuer', legend: 'feedback.searchQuestion', comment: 'Etwas zur Hundesteuer.' },
    ] as const;
    for (const { path, legend, comment } of cases) {
      await page.goto(`${server.origin}/musterstadt/de/${path}`);
      const form = page.getByRole('group', { name: german[legend] });
      await form.getByLabel(german['feedback.messageLabel']!).fill(comment);
      await form.getByRole('button', { name: german['feedback.send'] }).click();
      await page.getByRole('status').filter({ hasText: german['feedback.thanks'] }).waitFor();
      assert.equal(page.url(), `${server.origin}/musterstadt/de/${path}`, 'sent by the script, not the form');
    }
    const [search, contact] = await listFeedback(server.ctx.db, region!.id);
    assert.deepEqual(
      [contact?.target_type, contact?.target_id, contact?.comment],
      ['region', null, cases[0].comment],
    );
    assert.deepEqual(
      [search?.target_type, search?.search_query, search?.comment],
      ['search', 'Hundesteuer', cases[1].comment],
    );
  });

  it('saves a region for offline use, then reads and searches it without network', async () => {
    const offlineContext = await browser.newContext({ viewport: { width: 412, height: 915 } });
    const reader = await offlineContext.newPage();
    const list = (await (await fetch(`${server.origin}/api/v1/regions/musterstadt/de/pages`)).json()) as {
      pages: { path: string; title: string }[];
    };
    const neverOpened = list.pages.at(-1)!;
    await reader.goto(`${server.origin}/musterstadt/de/`);
    await reader.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const save = german['offline.save']!.replace('{region}', 'Musterstadt');
    await reader.getByRole('button', { name: save }).click();
    await reader.getByText(/^Für die Offline-Nutzung gespeichert am .+ \(\d+ kB\)$/).waitFor();
    await reader.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await offlineContext.setOffline(true);
    await reader.goto(
      `${server.origin}/musterstadt/de/${neverOpened.path.split('/').map(encodeURIComponent).join('/')}`,
    );
    await reader.getByRole('heading', { level: 1, name: neverOpened.title }).waitFor();
    await reader.goto(`${server.origin}/musterstadt/de/search?q=Detschkurs`);
    await reader.getByText(german['offline.searchOffline']!).waitFor();
    assert.ok((await reader.locator('.result-list mark').count()) > 0);
    await reader.goto(`${server.origin}/musterstadt/ar/`);
    await reader.getByRole('heading', { level: 1, name: german['offline.title'] }).waitFor();
    await offlineContext.close();
  });

  it('can be installed as an app', async () => {
    const profile = await launchChromiumProfile();
    try {
      const installable = await profile.newPage();
      await installable.goto(`${server.origin}/musterstadt/de/`);
      await installable.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const cdp = await profile.newCDPSession(installable);
      assert.deepEqual(await cdp.send('Page.getInstallabilityErrors'), { installabilityErrors: [] });
    } finally {
      await profile.close();
    }
  });

  it('has no accessibility violations in dark mode and with high contrast', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of ['/musterstadt/de/', '/musterstadt/ar/search?q=kurs']) {
      await page.goto(`${server.origin}${path}`);
      assert.deepEqual(await axeViolations(page), [], `dark ${path}`);
      await page
        .getByText(
          path.includes('/ar/') ? arabic['settings.highContrast']! : german['settings.highContrast']!,
        )
        .click();
      assert.equal(await page.locator('#high-contrast').isChecked(), true);
      assert.deepEqual(await axeViolations(page), [], `high contrast ${path}`);
      await page
        .getByText(
          path.includes('/ar/') ? arabic['settings.highContrast']! : german['settings.highContrast']!,
        )
        .click();
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  for (const language of ['de', 'ar']) {
    it(`has no accessibility violations on the picker, dashboard, a page, search and contact in ${language}`, async () => {
      const pagePath = language === 'de' ? 'gesundheit' : encodeURIComponent('الصحة');
      for (const path of [
        `/?lang=${language}`,
        `/musterstadt/${language}/`,
        `/musterstadt/${language}/${pagePath}`,
        `/musterstadt/${language}/search?q=kurs`,
        `/musterstadt/${language}/contact`,
      ]) {
        await page.goto(`${server.origin}${path}`);
        assert.deepEqual(await axeViolations(page), [], path);
      }
    });
  }
});
