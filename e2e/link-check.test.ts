import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { createPublishedPage, createTestRegion } from '../src/server/test-support/factories.ts';
import {
  startLinkTargetServer,
  type LinkTargetServer,
} from '../src/server/test-support/link-target-server.ts';
import { axeViolations, launchChromium, startDemoServer, type DemoServer } from './support.ts';
import { createAccount, de, message, signIn, textBefore } from './workspace-support.ts';

describe('checking links in the workspace', () => {
  let server: DemoServer;
  let site: LinkTargetServer;
  let browser: Browser;
  before(async () => {
    [server, site, browser] = await Promise.all([
      startDemoServer({
        LOTSE_LINK_CHECK_TIMEOUT_MS: '500',
        LOTSE_LINK_CHECK_HOST_PAUSE_MS: '0',
        LOTSE_LINK_CHECK_ALLOW_PRIVATE: 'true',
      }),
      startLinkTargetServer(),
      launchChromium(),
    ]);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await server?.close();
  });

  it('checks the links now, lists the broken one with its page, and replaces it everywhere', async () => {
    const region = await createTestRegion(server.ctx);
    const broken = `${site.origin}/gone`;
    await createPublishedPage(server.ctx, {
      regionId: region.id,
      titles: { de: 'Sprachkurse' },
      html: `<p>Anmeldung: <a href="${broken}">Formular</a>, <a href="${site.origin}/ok">Kurse</a></p>`,
    });
    const editor = await createAccount(server, { role: 'editor', region: region.slug });
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await signIn(page, server.origin, editor);
    await page.goto(`${server.origin}/cms/r/${region.slug}/links`);
    await page.getByText(de['links.neverChecked']!).waitFor();

    await page.getByRole('button', { name: de['links.checkNow'] }).click();
    const row = page.getByRole('row').filter({ hasText: broken });
    await row.getByText(message('links.problem.http-status', { status: '404' })).waitFor();
    await row.getByRole('link', { name: 'Sprachkurse' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);

    // The form takes focus when it opens, and gives it back to its button when cancelled.
    const replaceButton = row.getByRole('button', { name: de['links.replace.button'] });
    await replaceButton.click();
    assert.equal(await page.locator(':focus').innerText(), de['links.replace.title']);
    await page.getByRole('button', { name: de['common.cancel'] }).click();
    assert.equal(await replaceButton.evaluate((button) => button === document.activeElement), true);
    await replaceButton.click();
    await page.getByLabel(de['links.replace.to']!).fill(`${site.origin}/ok`);
    await page.getByRole('button', { name: de['links.replace.next'] }).click();
    await page.getByText(textBefore('links.replace.confirm')).waitFor();
    await page.getByRole('button', { name: de['links.replace.confirmButton'], exact: true }).click();
    await page.getByText('1 neue Version angelegt.').waitFor();
    assert.equal(await page.locator(':focus').innerText(), '1 neue Version angelegt.');
    await page.getByText(de['links.empty']!).waitFor();
  });
});
