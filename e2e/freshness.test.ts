import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { demoRegionSlug } from '../src/server/demo/seed-demo.ts';
import { findRegionBySlug } from '../src/server/regions/repo.ts';
import { publishDaysAgo } from '../src/server/test-support/backdated-pages.ts';
import { axeViolations, launchChromium, startDemoServer, type DemoServer } from './support.ts';
import { createAccount, de, message, signIn } from './workspace-support.ts';

describe('keeping content fresh and readable', () => {
  let server: DemoServer;
  let browser: Browser;
  before(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('confirms an overdue page still correct, and lists the hardest pages', async () => {
    const region = await findRegionBySlug(server.ctx.db, demoRegionSlug);
    const title = 'Öffnungszeiten des Bürgerbüros';
    await publishDaysAgo(server.ctx, { regionId: region!.id, title, daysAgo: 400 });
    const editor = await createAccount(server, { role: 'editor', region: demoRegionSlug });
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await signIn(page, server.origin, editor, `/cms/r/${demoRegionSlug}/freshness`);

    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
    await row.waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await row.getByRole('button', { name: message('freshness.stillCorrectFor', { title }) }).click();
    await row.getByLabel(de['freshness.note']!).fill('Öffnungszeiten geprüft');
    await row.getByRole('button', { name: de['freshness.confirm'] }).click();
    await page.getByRole('status').filter({ hasText: title }).waitFor();
    await row.waitFor({ state: 'detached' });
    assert.match(await page.locator(':focus').innerText(), new RegExp(title));
    const review = await server.ctx.db
      .selectFrom('content_reviews')
      .select('note')
      .where('region_id', '=', region!.id)
      .executeTakeFirst();
    assert.equal(review?.note, 'Öffnungszeiten geprüft');

    await page.getByRole('link', { name: de['freshness.part.readability'] }).click();
    const table = page.getByRole('table', { name: de['freshness.readability.list'] });
    await table.waitFor();
    assert.ok((await table.getByRole('row').count()) > 2);
    assert.deepEqual(await axeViolations(page), []);

    // Another language keeps the list, and the focus in the filter, while it loads.
    const language = page.getByRole('search').getByLabel(de['freshness.language']!);
    await language.focus();
    await language.selectOption('en');
    await table.locator('a[lang="en"]').first().waitFor();
    assert.equal(await language.evaluate((select) => select === document.activeElement), true);
  });
});
