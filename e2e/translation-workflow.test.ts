import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { listVersions } from '../src/server/page-editing/repo.ts';
import { findRegionBySlug } from '../src/server/regions/repo.ts';
import { launchChromium, startDemoServerWithTranslation, type DemoServer } from './support.ts';
import {
  createAccount,
  de,
  message,
  openInEditor,
  pageIdOf,
  signIn,
  typeAtEnd,
} from './workspace-support.ts';

describe('the translation workflow in the workspace', () => {
  let server: DemoServer;
  let browser: Browser;
  before(async () => {
    [server, browser] = await Promise.all([startDemoServerWithTranslation(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('outdates the translations of a changed page, machine-translates Arabic, and round-trips Ukrainian through XLIFF 2.0', async () => {
    const account = await createAccount(server, { role: 'region-manager', region: 'musterstadt' });
    const page = await (await browser.newContext({ locale: 'de-DE', acceptDownloads: true })).newPage();
    await signIn(page, server.origin, account);
    const ukrainianTranslator = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await signIn(
      ukrainianTranslator,
      server.origin,
      await createAccount(server, { role: 'translator', region: 'musterstadt', translatorLanguages: ['uk'] }),
      '/cms/r/musterstadt/',
    );
    const ownTasks = ukrainianTranslator.getByRole('main');
    const bankAccountTask = ownTasks.getByRole('row', { name: /Bankkonto eröffnen/ });
    await ownTasks.getByRole('heading', { name: de['tasks.title'] }).waitFor();
    await ownTasks.getByRole('search').getByRole('status').waitFor();
    assert.equal(await bankAccountTask.count(), 0);
    const pageId = await pageIdOf(server, 'Bankkonto eröffnen');
    const region = await findRegionBySlug(server.ctx.db, 'musterstadt');
    const versionsOf = (language: string) =>
      listVersions(server.ctx.db, { regionId: region!.id, pageId, language });

    // Change the German page and publish it: every translation is outdated, the change shown beside it.
    await openInEditor(page, 'Bankkonto eröffnen');
    await typeAtEnd(page, ' Termine gibt es auch online.');
    await page.getByRole('button', { name: de['editor.publish'], exact: true }).click();
    await page.getByText(de['editor.saved.published']!).waitFor();
    const tabs = page.getByRole('navigation', { name: de['editor.languages'] }).getByRole('link');
    await page.waitForFunction(
      () => document.querySelectorAll('.language-tabs .state-outdated').length === 4,
    );
    assert.deepEqual(
      (await tabs.allTextContents()).filter((text) => text.includes(de['state.outdated']!)).length,
      4,
    );
    // The Ukrainian translator is told, and finds the page at the top of their own list.
    await ukrainianTranslator.reload();
    await ownTasks
      .getByRole('row', { name: /Bankkonto eröffnen/ })
      .getByText(de['progress.outdated']!)
      .waitFor();
    await ukrainianTranslator.getByRole('link', { name: new RegExp(de['common.notifications']!) }).click();
    await ukrainianTranslator
      .getByText(
        message('notifications.translationOutdated', {
          title: 'Bankkonto eröffnen',
          region: 'Musterstadt',
          language: 'Ukrainisch',
        }),
      )
      .waitFor();
    // From the notification into the editor, where the memory fills in what was translated before.
    await ukrainianTranslator
      .getByRole('link', { name: message('notifications.open', { title: 'Bankkonto eröffnen' }) })
      .click();
    await ukrainianTranslator.getByRole('button', { name: de['memory.lookUp'] }).click();
    await ukrainianTranslator.getByRole('button', { name: de['memory.replace'] }).click();
    const ukrainianText = ukrainianTranslator.getByRole('textbox', { name: de['editor.content'] });
    await ukrainianText.getByText('Termine gibt es auch online.').waitFor();
    await ukrainianText.getByText(/На поточний рахунок/).waitFor();

    await tabs.filter({ hasText: 'Arabisch' }).click();
    await page.locator('.source-panel ins', { hasText: 'online' }).first().waitFor();

    // Machine-translate the Arabic through the local DeepL, look at it, publish it.
    await page
      .getByRole('button', { name: message('mt.translatePage', { language: 'Arabisch', provider: 'DeepL' }) })
      .click();
    await page.getByText(de['mt.batch.finished']!).waitFor();
    await page.getByRole('textbox', { name: de['editor.content'] }).getByText('[AR]').first().waitFor();
    await page.getByRole('button', { name: de['editor.publish'], exact: true }).click();
    await page.getByText(de['editor.saved.published']!).waitFor();
    const [arabic, machineDraft] = await versionsOf('ar');
    const [german] = await versionsOf('de');
    // Only the changed paragraph went to DeepL; the title and unchanged paragraphs came from the memory.
    // Reviewed and published by a person, the text counts as theirs; the machine's draft stays in the history.
    assert.deepEqual(
      [machineDraft?.status, machineDraft?.is_machine_translated, machineDraft?.source_version_id],
      ['draft', true, german?.id],
    );
    assert.deepEqual(
      [arabic?.status, arabic?.is_machine_translated, arabic?.source_version_id, arabic?.title],
      ['published', false, german?.id, 'فتح حساب مصرفي'],
    );
    assert.match(arabic?.content_html ?? '', /\[AR\] [^<]*Termine gibt es auch online\./);
    assert.match(arabic?.content_html ?? '', /من خلال الحساب الجاري/);

    // Export the outdated Ukrainian as XLIFF 2.0 (what the memory knows filled in), translate the rest of
    // the file, import it, publish.
    await page.getByRole('link', { name: de['region.translations'], exact: true }).click();
    const panel = page.getByRole('region', { name: de['xliff.title'] });
    await panel.getByLabel(de['mt.language']!).selectOption({ label: 'Ukrainisch' });
    await panel.getByLabel(de['xliff.pages']!).selectOption('outdated');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('link', { name: de['xliff.export'] }).click(),
    ]);
    const exported = await readFile((await download.path())!, 'utf8');
    assert.match(exported, new RegExp(`original="lotse:page/${pageId}@v${german?.id}"`));
    const translated = exported.replace(
      /<source>((?:(?!<\/source>)[\s\S])*)<\/source>(?!\s*<target)/g,
      '<source>$1</source><target>UK $1</target>',
    );
    await panel.getByLabel(de['xliff.import']!).setInputFiles({
      name: 'uk.xlf',
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from(translated),
    });
    await panel.getByRole('button', { name: de['xliff.publish'], exact: true }).click();
    await panel.locator('.notice-success').waitFor();
    const [ukrainian] = await versionsOf('uk');
    assert.deepEqual(
      [ukrainian?.status, ukrainian?.source_version_id, ukrainian?.title],
      ['published', german?.id, 'Відкриття банківського рахунку'],
    );
    assert.match(ukrainian?.content_html ?? '', /UK .*Termine gibt es auch online\./);
    assert.match(ukrainian?.content_html ?? '', /На поточний рахунок/);
    await ukrainianTranslator.goto(`${server.origin}/cms/r/musterstadt/tasks`);
    await ownTasks.getByRole('search').getByRole('status').waitFor();
    assert.equal(await bankAccountTask.count(), 0);
    await ukrainianTranslator.context().close();
    await page.context().close();
  });

  it('writes Easy German with its readability shown, and has a second person approve it', async () => {
    const [writer, checker] = await Promise.all(
      ['writer', 'checker'].map(async () => {
        const account = await createAccount(server, { role: 'editor', region: 'musterstadt' });
        const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
        await signIn(page, server.origin, account);
        return page;
      }),
    );
    await openInEditor(writer!, 'Arbeitserlaubnis');
    await writer!
      .getByRole('navigation', { name: de['editor.languages'] })
      .getByRole('link', { name: /Leichte Sprache/ })
      .click();
    await writer!.getByLabel(de['editor.pageTitle']!).fill('Arbeiten dürfen');
    await typeAtEnd(
      writer!,
      'Sie wollen arbeiten. Dafür brauchen Sie eine Erlaubnis. Die Ausländer-Behörde gibt sie Ihnen.',
    );
    await writer!.getByRole('heading', { name: de['readability.title'] }).waitFor();
    assert.equal(await writer!.getByRole('button', { name: de['editor.publish'], exact: true }).count(), 0);
    await writer!.getByText(de['editor.easyGermanReview']!).waitFor();
    await writer!.getByRole('button', { name: de['editor.submit'], exact: true }).click();
    await writer!.getByText(de['review.easyGermanOwn']!).waitFor();
    assert.equal(await writer!.getByRole('button', { name: de['review.approve'], exact: true }).count(), 0);

    await checker!.goto(writer!.url());
    const review = checker!.getByRole('region', { name: de['review.title'] });
    await review.getByRole('heading', { name: de['readability.title'] }).waitFor();
    await review.getByRole('button', { name: de['review.approve'], exact: true }).click();
    await checker!.getByText(de['review.approved']!).waitFor();
    const pageId = await pageIdOf(server, 'Arbeitserlaubnis');
    const region = await findRegionBySlug(server.ctx.db, 'musterstadt');
    const [easy] = await listVersions(server.ctx.db, { regionId: region!.id, pageId, language: 'de-x-easy' });
    assert.deepEqual([easy?.status, easy?.title], ['published', 'Arbeiten dürfen']);
    await Promise.all([writer!.context().close(), checker!.context().close()]);
  });
});
