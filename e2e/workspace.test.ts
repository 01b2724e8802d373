import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { fromBase32, totpCode } from '../src/server/auth/totp.ts';
import { createTestRegion } from '../src/server/test-support/factories.ts';
import { axeViolations, launchChromium, startDemoServer, type DemoServer } from './support.ts';
import {
  createAccount,
  de,
  message,
  openInEditor,
  signIn,
  textBefore,
  typeAtEnd,
} from './workspace-support.ts';

describe('the workspace in a browser', () => {
  let server: DemoServer;
  let browser: Browser;
  before(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const newPage = async (): Promise<Page> => (await browser.newContext({ locale: 'de-DE' })).newPage();

  it('signs in with a password and the authenticator code, with no accessibility violations', async () => {
    const account = await createAccount(server, {
      role: 'region-manager',
      region: 'musterstadt',
      hasTotp: true,
    });
    const page = await newPage();
    await page.goto(`${server.origin}/cms/`);
    await page.getByRole('heading', { name: de['signIn.title'] }).waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await page.getByLabel(de['signIn.email']!).fill(account.email);
    await page.getByLabel(de['signIn.password']!, { exact: true }).fill(account.password);
    await page.getByRole('button', { name: de['signIn.submit'] }).click();
    const codeField = page.getByLabel(de['signIn.otp']!);
    await codeField.waitFor();
    await codeField.fill('000000');
    await page.getByRole('button', { name: de['signIn.submit'] }).click();
    await page.getByRole('alert').getByText(de['signIn.wrongCode']!).waitFor();

    const code = totpCode(fromBase32(account.totpSecret!)!, Math.floor(Date.now() / 30_000));
    await codeField.fill(code);
    await page.getByRole('button', { name: de['signIn.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: de['tree.title'] }).waitFor();
    assert.match(page.url(), /\/cms\/r\/musterstadt\/pages$/);
    await page.context().close();
  });

  it('lets an author write and submit a page, an editor send it back and then approve it, and publishes it', async () => {
    const author = await createAccount(server, { role: 'author', region: 'musterstadt' });
    const editor = await createAccount(server, { role: 'editor', region: 'musterstadt' });
    const title = `Sprachcafé ${Date.now()}`;

    const authorPage = await newPage();
    await signIn(authorPage, server.origin, author);
    await authorPage.getByRole('button', { name: de['tree.newPage'] }).click();
    await authorPage.getByLabel(de['editor.pageTitle']!).fill(title);
    await typeAtEnd(authorPage, 'Jeden Dienstag um 17 Uhr im Stadtteilzentrum.');
    assert.equal(
      await authorPage.getByRole('button', { name: de['editor.publish'], exact: true }).count(),
      0,
    );
    await authorPage.getByRole('button', { name: de['editor.submit'] }).click();
    await authorPage.getByText(de['editor.saved.review']!).waitFor();

    const editorPage = await newPage();
    await signIn(editorPage, server.origin, editor);
    await editorPage.getByRole('link', { name: de['region.review'] }).click();
    await editorPage.getByRole('link', { name: title }).click();
    const review = editorPage.getByRole('region', { name: de['review.title'] });
    await review.getByText('Jeden Dienstag um 17 Uhr').waitFor();
    assert.equal((await review.locator('ins').count()) > 0, true, 'everything new is marked as added');
    await review.getByLabel(de['review.comment']!).fill('Bitte die Adresse ergänzen.');
    await review.getByRole('button', { name: de['review.sendBack'] }).click();
    await editorPage.getByText(de['review.sentBack']!).waitFor();

    await authorPage.reload();
    await authorPage.getByText('Bitte die Adresse ergänzen.').waitFor();
    await typeAtEnd(authorPage, ' Adresse: Marktplatz 3.');
    await authorPage.getByRole('button', { name: de['editor.submit'] }).click();
    await authorPage.getByText(de['editor.saved.review']!).waitFor();

    await editorPage.reload();
    const secondReview = editorPage.getByRole('region', { name: de['review.title'] });
    await secondReview.getByText('Marktplatz 3').waitFor();
    await secondReview.getByRole('button', { name: de['review.approve'] }).click();
    await editorPage.getByText(de['review.approved']!).waitFor();

    const published = (await (
      await fetch(`${server.origin}/api/v1/regions/musterstadt/de/pages`)
    ).json()) as {
      pages: { title: string; contentHtml: string }[];
    };
    const page = published.pages.find((candidate) => candidate.title === title);
    assert.ok(page, 'the approved page is in the public API');
    assert.match(page.contentHtml, /Marktplatz 3/);
    await authorPage.context().close();
    await editorPage.context().close();
  });

  it('shows the second of two editors saving the same page the conflict, and merging saves both', async () => {
    const first = await createAccount(server, { role: 'editor', region: 'musterstadt' });
    const second = await createAccount(server, { role: 'editor', region: 'musterstadt' });
    const [firstPage, secondPage] = await Promise.all([newPage(), newPage()]);
    await signIn(firstPage, server.origin, first);
    await signIn(secondPage, server.origin, second);
    await openInEditor(firstPage, 'Wohnberechtigungsschein (WBS)');
    await openInEditor(secondPage, 'Wohnberechtigungsschein (WBS)');

    await typeAtEnd(firstPage, ' Erste Ergänzung.');
    await firstPage.getByRole('button', { name: de['editor.saveDraft'] }).click();
    await firstPage.getByText(de['editor.saved.draft']!).waitFor();

    await typeAtEnd(secondPage, ' Zweite Ergänzung.');
    await secondPage.getByRole('button', { name: de['editor.saveDraft'] }).click();
    const dialog = secondPage.getByRole('dialog', { name: de['conflict.title'] });
    await dialog.waitFor();
    assert.match(
      await dialog
        .locator('del')
        .allInnerTexts()
        .then((texts) => texts.join(' ')),
      /Erste/,
    );
    assert.match(
      await dialog
        .locator('ins')
        .allInnerTexts()
        .then((texts) => texts.join(' ')),
      /Zweite/,
    );
    await dialog.getByRole('button', { name: de['conflict.merge'] }).click();
    await secondPage.getByRole('heading', { name: de['conflict.mergeTitle'] }).waitFor();
    await typeAtEnd(secondPage, ' Erste Ergänzung.');
    await secondPage.getByRole('button', { name: de['editor.saveDraft'] }).click();
    await secondPage.getByText(de['editor.saved.draft']!).waitFor();

    const versions = await server.ctx.db
      .selectFrom('content_versions')
      .select('content_html')
      .where('title', '=', 'Wohnberechtigungsschein (WBS)')
      .where('language_tag', '=', 'de')
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    assert.match(versions[0]!.content_html, /Zweite Ergänzung\. Erste Ergänzung\./);
    assert.match(versions[1]!.content_html, /Erste Ergänzung\./);
    await firstPage.context().close();
    await secondPage.context().close();
  });

  it('restores an old version as a new draft and publishes it, with no accessibility violations in tree and editor', async () => {
    const manager = await createAccount(server, { role: 'region-manager', region: 'musterstadt' });
    const page = await newPage();
    await signIn(page, server.origin, manager);
    await page.getByRole('heading', { level: 1, name: de['tree.title'] }).waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await openInEditor(page, 'Gesundheit');
    assert.deepEqual(await axeViolations(page), []);
    await typeAtEnd(page, ' Ein Satz, der wieder verschwindet.');
    await page.getByRole('button', { name: de['editor.publish'], exact: true }).click();
    await page.getByText(de['editor.saved.published']!).waitFor();

    const publicLink = page.getByRole('link', { name: de['editor.viewPublic'] });
    const publicAddress = await publicLink.getAttribute('href');
    assert.equal(publicAddress, '/musterstadt/de/gesundheit');
    const publicPage = await fetch(`${server.origin}${publicAddress}`);
    assert.match(await publicPage.text(), /Ein Satz, der wieder verschwindet/);

    const history = page.getByRole('region', { name: de['history.title'] });
    await history.getByRole('button', { name: de['history.restore'] }).first().click();
    await page.getByText(de['editor.restored']!).waitFor();
    assert.doesNotMatch(
      await page.getByRole('textbox', { name: de['editor.content'] }).innerText(),
      /wieder verschwindet/,
    );
    await page.getByRole('button', { name: de['editor.publish'], exact: true }).click();
    await page.getByText(de['editor.saved.published']!).waitFor();
    const response = await fetch(`${server.origin}/api/v1/regions/musterstadt/de/pages`);
    const { pages } = (await response.json()) as { pages: { title: string; contentHtml: string }[] };
    assert.doesNotMatch(
      pages.find((candidate) => candidate.title === 'Gesundheit')!.contentHtml,
      /verschwindet/,
    );
    await page.context().close();
  });

  it('makes an author a translator only with a language, and a manager who steps down loses the members tab', async () => {
    const region = await createTestRegion(server.ctx);
    const manager = await createAccount(server, { role: 'region-manager', region: region.slug });
    await createAccount(server, { role: 'region-manager', region: region.slug });
    const author = await createAccount(server, { role: 'author', region: region.slug });
    const page = await newPage();
    await signIn(page, server.origin, manager, `/cms/r/${region.slug}/members`);

    const authorRow = page.getByRole('row').filter({ hasText: author.email });
    await authorRow.getByLabel(message('members.newRole', { name: author.email })).selectOption('translator');
    await authorRow.getByRole('button', { name: de['members.changeRole'] }).click();
    await authorRow.getByRole('alert').getByText(de['members.languagesRequired']!).waitFor();
    await authorRow.getByRole('checkbox', { name: /^Englisch/ }).check();
    await authorRow.getByRole('button', { name: de['members.changeRole'] }).click();
    const done = message('members.roleChanged', { name: author.email, role: de['roles.translator']! });
    await page.getByRole('status').filter({ hasText: done }).waitFor();
    assert.equal(await page.locator(':focus').innerText(), done);
    const languages = await server.ctx.db
      .selectFrom('translator_languages')
      .innerJoin('users', 'users.id', 'translator_languages.user_id')
      .select('language_tag')
      .where('users.email', '=', author.email)
      .execute();
    assert.deepEqual(
      languages.map((row) => row.language_tag),
      ['en'],
    );
    assert.deepEqual(await axeViolations(page), []);

    // Stepping down to editor takes the members tab away at once: the session is loaded again.
    const ownRow = page.getByRole('row').filter({ hasText: manager.email });
    await ownRow.getByLabel(message('members.newRole', { name: manager.email })).selectOption('editor');
    await ownRow.getByRole('button', { name: de['members.changeRole'] }).click();
    await page.getByText(de['members.notAllowed']!).waitFor();
    assert.equal(await page.getByRole('link', { name: de['region.members'], exact: true }).count(), 0);
    await page.context().close();
  });

  it('refuses a user of another region, in the interface and in the API', async () => {
    const other = await createTestRegion(server.ctx);
    const stranger = await createAccount(server, { role: 'region-manager', region: other.slug });
    const page = await newPage();
    await signIn(page, server.origin, stranger);
    await page.goto(`${server.origin}/cms/r/musterstadt/pages`);
    await page.getByText(textBefore('region.noAccess')).waitFor();
    const answer = await page.evaluate(
      async () => (await fetch('/api/cms/regions/musterstadt/pages')).status,
    );
    assert.equal(answer, 404);
    await page.context().close();
  });
});
