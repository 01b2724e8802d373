import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { listFeedback } from '../src/server/feedback/repo.ts';
import { findRegionBySlug } from '../src/server/regions/repo.ts';
import { createTestRegion } from '../src/server/test-support/factories.ts';
import { CATALOGS } from '../src/web/i18n.ts';
import { axeViolations, launchChromium, startDemoServerWithTranslation, type DemoServer } from './support.ts';
import { createAccount, de, message, signIn } from './workspace-support.ts';

const arabic = CATALOGS.get('ar')!;
const comment = 'رقم الهاتف في هذه الصفحة غير صحيح';

describe('the feedback inbox', () => {
  let server: DemoServer;
  let browser: Browser;
  before(async () => {
    [server, browser] = await Promise.all([startDemoServerWithTranslation(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes a reader’s Arabic feedback to the manager, who has it translated and marks it done', async () => {
    // A reader leaves feedback on a public page in Arabic.
    const reader = await (await browser.newContext({ viewport: { width: 412, height: 915 } })).newPage();
    await reader.goto(`${server.origin}/musterstadt/ar/`);
    await reader.getByRole('link', { name: 'الصحة' }).click();
    await reader.getByRole('radio', { name: arabic['feedback.no'] }).check();
    await reader.getByLabel(arabic['feedback.commentLabel']!).fill(comment);
    await reader.getByLabel(arabic['feedback.contactLabel']!).fill('reader@example.org');
    await reader.getByRole('button', { name: arabic['feedback.send'] }).click();
    await reader.getByText(arabic['feedback.thanks']!).waitFor();
    await reader.context().close();

    // The manager finds it in the inbox, right to left.
    const account = await createAccount(server, { role: 'region-manager', region: 'musterstadt' });
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await signIn(page, server.origin, account, '/cms/r/musterstadt/');
    await page.getByRole('link', { name: de['region.feedback'], exact: true }).click();
    const list = page.getByRole('list', { name: de['feedback.list'] });
    const item = list.getByRole('listitem').filter({ hasText: comment });
    await item.waitFor();
    assert.equal(await item.getByText(comment).getAttribute('dir'), 'auto');
    assert.match(await item.innerText(), /Arabisch/);
    assert.deepEqual(await axeViolations(page), []);

    // Opened, translated on request: the German beside the Arabic.
    await item.getByRole('button', { name: message('feedback.about.page', { title: 'Gesundheit' }) }).click();
    await item.getByRole('button', { name: de['feedback.translate'] }).click();
    await item
      .getByRole('heading', {
        name: message('feedback.translation', { language: 'Deutsch', provider: 'DeepL' }),
      })
      .waitFor();
    await item.getByText(`[DE] ${comment}`).waitFor();
    assert.deepEqual(await axeViolations(page), []);

    // Marked done.
    const handling = item.getByRole('form', { name: de['feedback.handling'] });
    await handling.getByLabel(de['feedback.status']!).selectOption('done');
    await handling.getByRole('button', { name: de['feedback.save'] }).click();
    await handling.getByText(de['feedback.saved']!).waitFor();
    await item.locator('.badge', { hasText: de['feedback.status.done'] }).waitFor();
    const region = await findRegionBySlug(server.ctx.db, 'musterstadt');
    const [stored] = await listFeedback(server.ctx.db, region!.id);
    assert.deepEqual(
      [stored?.language_tag, stored?.comment, stored?.status, stored?.translated_comment],
      ['ar', comment, 'done', `[DE] ${comment}`],
    );
    await page.context().close();
  });

  it('shows older feedback below the newer, and says where handled feedback went when a filter hides it', async () => {
    const region = await createTestRegion(server.ctx);
    await server.ctx.db
      .insertInto('feedback')
      .values(
        Array.from({ length: 55 }, (_, index) => ({
          region_id: region.id,
          language_tag: 'de',
          target_type: 'region' as const,
          comment: `Nachricht ${index + 1}`,
        })),
      )
      .execute();
    const manager = await createAccount(server, { role: 'region-manager', region: region.slug });
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await signIn(page, server.origin, manager, `/cms/r/${region.slug}/feedback`);
    const items = page.getByRole('list', { name: de['feedback.list'] }).getByRole('listitem');
    await items.first().waitFor();
    assert.equal(await items.count(), 50);

    // The newer ones stay while the older load; focus moves on to the first older one.
    await page.getByRole('button', { name: de['feedback.more'] }).click();
    await page.getByText('Nachricht 5', { exact: true }).waitFor();
    assert.equal(await items.count(), 55);
    const focused = items.nth(50).getByRole('button', { name: de['feedback.about.region'] });
    assert.equal(await focused.evaluate((button) => button === document.activeElement), true);

    // Marked done in the list of open feedback, it leaves the list; the notice takes the focus.
    await page.getByLabel(de['feedback.filter.status']!).selectOption('open');
    const newest = items.filter({ hasText: 'Nachricht 55' });
    await newest.getByRole('button', { name: de['feedback.about.region'] }).click();
    const handling = newest.getByRole('form', { name: de['feedback.handling'] });
    await handling.getByLabel(de['feedback.status']!).selectOption('done');
    await handling.getByRole('button', { name: de['feedback.save'] }).click();
    await newest.waitFor({ state: 'detached' });
    assert.equal(await page.locator(':focus').innerText(), de['feedback.leftList']);
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });
});
