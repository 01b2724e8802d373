import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { pageHref } from '../src/shared/public-urls.ts';
import { axeViolations, launchChromium, startDemoServer, type DemoServer } from './support.ts';
import {
  backToTree,
  childIdsOf,
  createAccount,
  de,
  en,
  isImageStored,
  message,
  newestHtmlOf,
  onePixelPng,
  openInEditor,
  pageIdOf,
  placementOf,
  publicPage,
  publicTitles,
  signIn,
  textBefore,
  treeRow,
  treeTitles,
  typeAtEnd,
  waitForAnnouncement,
  waitForFocus,
} from './workspace-support.ts';

describe('editing pages in the workspace', () => {
  let server: DemoServer;
  let browser: Browser;
  before(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A browser page signed in with a fresh editor's account of Musterstadt, on the page tree. */
  const signedIn = async (): Promise<Page> => {
    const account = await createAccount(server, { role: 'editor', region: 'musterstadt' });
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await signIn(page, server.origin, account);
    await page.getByRole('heading', { level: 1, name: de['tree.title'] }).waitFor();
    return page;
  };

  it('moves a page down and below its previous sibling with Alt and the arrow keys, keeping the focus on it', async () => {
    const page = await signedIn();
    const children = ['Wohnungssuche', 'Wohnberechtigungsschein (WBS)', 'Mietvertrag: Rechte und Pflichten'];
    const [search, wbs, lease] = await Promise.all(children.map((title) => pageIdOf(server, title)));
    await page.getByRole('button', { name: message('tree.expand', { title: 'Wohnen' }) }).click();
    const moving = treeRow(page, 'Wohnungssuche').getByRole('link', { name: 'Wohnungssuche' });
    await moving.focus();

    await page.keyboard.press('Alt+ArrowDown');
    await waitForAnnouncement(page, 'tree.moved.down', { title: 'Wohnungssuche' });
    assert.deepEqual(await childIdsOf(server, await pageIdOf(server, 'Wohnen')), [wbs, search, lease]);
    const shown = (await treeTitles(page)).filter((title) => children.includes(title));
    assert.deepEqual(shown, [children[1], children[0], children[2]]);
    await waitForFocus(moving);

    await page.keyboard.press('Alt+ArrowRight');
    await waitForAnnouncement(page, 'tree.moved.indent', { title: 'Wohnungssuche' });
    assert.equal((await placementOf(server, search!)).parent_id, wbs);
    await page
      .getByRole('button', { name: message('tree.collapse', { title: 'Wohnberechtigungsschein (WBS)' }) })
      .waitFor();
    await waitForFocus(moving);
    await page.context().close();
  });

  it('makes a page the child of another when it is dragged onto the middle of its row', async () => {
    const page = await signedIn();
    const [german, health] = await Promise.all([
      pageIdOf(server, 'Deutsch lernen'),
      pageIdOf(server, 'Gesundheit'),
    ]);
    const target = treeRow(page, 'Gesundheit');
    const box = await target.boundingBox();
    // Held by its title, as a person would; the row itself is what is dragged.
    await treeRow(page, 'Deutsch lernen')
      .getByRole('link', { name: 'Deutsch lernen' })
      .dragTo(target, { targetPosition: { x: box!.width / 2, y: box!.height / 2 } });
    await waitForAnnouncement(page, 'tree.dropped.inside', { title: 'Deutsch lernen', target: 'Gesundheit' });
    assert.equal((await placementOf(server, german)).parent_id, health);
    await page.getByRole('button', { name: message('tree.collapse', { title: 'Gesundheit' }) }).waitFor();
    await treeRow(page, 'Deutsch lernen')
      .getByText(message('tree.level', { level: '2' }))
      .waitFor();
    await page.context().close();
  });

  it('archives a page from its actions menu, takes it off the public site, and brings it back with undo', async () => {
    const page = await signedIn();
    const title = 'Schule und Kinderbetreuung';
    await treeRow(page, title).getByRole('button', { name: de['tree.actions'] }).click();
    await treeRow(page, title).getByRole('button', { name: de['tree.archive'] }).click();
    await page.getByText(message('tree.archivedUndo', { title })).waitFor();
    await treeRow(page, title).waitFor({ state: 'detached' });
    assert.equal((await publicTitles(server)).includes(title), false);

    await page.getByRole('button', { name: de['tree.undo'], exact: true }).click();
    await treeRow(page, title).waitFor();
    assert.equal((await publicTitles(server)).includes(title), true);
    await page.context().close();
  });

  it('links to another page of the region, and the public link follows that page when it is renamed', async () => {
    const page = await signedIn();
    const targetId = await pageIdOf(server, 'Anerkennung von Abschlüssen');
    await openInEditor(page, 'Arbeitserlaubnis');
    await typeAtEnd(page, ' Siehe Anerkennung');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.getByRole('button', { name: de['editor.link'] }).click();
    const dialog = page.getByRole('dialog', { name: de['link.title'] });
    await dialog.getByLabel(de['link.kindPage']!).check();
    await dialog.getByLabel(de['link.search']!).fill('Anerkennung von');
    await dialog
      .getByLabel(de['link.page']!, { exact: true })
      .selectOption({ label: 'Arbeit und Ausbildung › Anerkennung von Abschlüssen' });
    await dialog.getByRole('button', { name: de['link.apply'] }).click();
    await page.getByRole('button', { name: de['editor.publish'], exact: true }).click();
    await page.getByText(de['editor.saved.published']!).waitFor();

    const sourceId = await pageIdOf(server, 'Arbeitserlaubnis');
    assert.match(
      await newestHtmlOf(server, sourceId),
      new RegExp(`<a href="lotse:page/${targetId}">Anerkennung</a>`),
    );
    const sourcePath = 'arbeit-und-ausbildung/arbeitserlaubnis';
    const oldAddress = pageHref('musterstadt', 'de', 'arbeit-und-ausbildung/anerkennung-von-abschluessen');
    assert.match((await publicPage(server, sourcePath))!.contentHtml, new RegExp(`href="${oldAddress}"`));

    await backToTree(page);
    await openInEditor(page, 'Anerkennung von Abschlüssen');
    await page.getByLabel(de['editor.pageTitle']!).fill('Abschlüsse anerkennen lassen');
    await page.getByText(de['editor.more']!).click();
    await page.getByLabel(de['editor.slug']!).fill('abschluesse-anerkennen');
    await page.getByRole('button', { name: de['editor.publish'], exact: true }).click();
    await page.getByText(de['editor.saved.published']!).waitFor();

    const newAddress = pageHref('musterstadt', 'de', 'arbeit-und-ausbildung/abschluesse-anerkennen');
    assert.match((await publicPage(server, sourcePath))!.contentHtml, new RegExp(`href="${newAddress}"`));
    const target = await fetch(`${server.origin}${newAddress}`);
    assert.equal(target.status, 200);
    assert.match(await target.text(), /Abschlüsse anerkennen lassen/);
    await page.context().close();
  });

  it('inserts an uploaded image only with alt text, and serves it from the site', async () => {
    const page = await signedIn();
    await openInEditor(page, 'Krankenversicherung');
    await page.getByRole('button', { name: de['editor.image'] }).click();
    const dialog = page.getByRole('dialog', { name: de['image.title'] });
    await dialog.getByRole('button', { name: de['image.insert'] }).click();
    await dialog.getByText(de['image.altRequired']!).waitFor();

    await dialog.getByLabel(de['image.file']!).setInputFiles({
      name: 'versichertenkarte.png',
      mimeType: 'image/png',
      buffer: onePixelPng,
    });
    await dialog.getByLabel(de['image.alt']!).fill('Eine Versichertenkarte');
    await dialog.getByRole('button', { name: de['image.insert'] }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: de['editor.publish'], exact: true }).click();
    await page.getByText(de['editor.saved.published']!).waitFor();

    const html = await newestHtmlOf(server, await pageIdOf(server, 'Krankenversicherung'));
    const src = /<img src="(\/media\/musterstadt\/[^"]+)" alt="Eine Versichertenkarte" ?\/?>/.exec(html)?.[1];
    assert.ok(src, `the version has the image: ${html}`);
    const image = await fetch(`${server.origin}${src}`);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/png');
    await page.context().close();
  });

  it('refuses a file that is not an image, with a message in the interface language', async () => {
    const page = await signedIn();
    await openInEditor(page, 'Psychologische Hilfe');
    await page.getByRole('button', { name: de['editor.image'] }).click();
    const dialog = page.getByRole('dialog', { name: de['image.title'] });
    // A text file named .png: the browser gives it the type its name suggests.
    await dialog.getByLabel(de['image.file']!).setInputFiles({
      name: 'notizen.png',
      mimeType: 'image/png',
      buffer: Buffer.from('Nur ein paar Notizen, kein Bild.'),
    });
    await dialog.getByLabel(de['image.alt']!).fill('Notizen');
    await dialog.getByRole('button', { name: de['image.insert'] }).click();
    await dialog.getByRole('alert').or(dialog.getByText(de['image.wrongType']!)).first().waitFor();
    const shown = await dialog.innerText();
    assert.ok(shown.includes(de['image.wrongType']!), `the dialog says in German what is wrong: ${shown}`);
    assert.equal(await isImageStored(server, 'notizen.png'), false);
    await page.context().close();
  });

  it('keeps typed text automatically, offers it back after a reload, and forgets it once saved', async () => {
    const page = await signedIn();
    await openInEditor(page, 'Schulanmeldung');
    await typeAtEnd(page, ' Bringen Sie den Impfpass mit.');
    await page.getByText(textBefore('editor.state.autosaved')).waitFor();

    await page.reload();
    await page.getByText(textBefore('editor.autosaveFound')).waitFor();
    const editor = page.getByRole('textbox', { name: de['editor.content'] });
    assert.doesNotMatch(await editor.innerText(), /Impfpass/);
    await page.getByRole('button', { name: de['editor.autosaveTake'] }).click();
    await editor.getByText('Bringen Sie den Impfpass mit.').waitFor();
    await page.getByRole('button', { name: de['editor.saveDraft'] }).click();
    await page.getByText(de['editor.saved.draft']!).waitFor();

    const autosaveAnswer = page.waitForResponse(
      (response) => response.url().includes('/autosave?') && response.request().method() === 'GET',
    );
    await page.reload();
    assert.equal((await autosaveAnswer).status(), 404);
    await editor.getByText('Bringen Sie den Impfpass mit.').waitFor();
    assert.equal(await page.getByText(textBefore('editor.autosaveFound')).count(), 0);
    await page.context().close();
  });

  it('plans publishing a draft for later, lists it, and withdraws it', async () => {
    const page = await signedIn();
    await openInEditor(page, 'Beratung für Frauen');
    await typeAtEnd(page, ' Ab März auch samstags.');
    await page.getByRole('button', { name: de['editor.saveDraft'] }).click();
    await page.getByText(de['editor.saved.draft']!).waitFor();

    const schedule = page.getByRole('region', { name: de['schedule.title'] });
    const nextYear = `${new Date().getFullYear() + 1}-03-02T08:00`;
    await schedule.getByLabel(de['schedule.when']!).fill(nextYear);
    await schedule.getByRole('button', { name: de['schedule.publishNewest'] }).click();
    await schedule.getByText(de['schedule.publishPlanned']!).waitFor();
    await schedule.getByText(textBefore('schedule.publishAt')).waitFor();
    const published = await publicPage(server, 'beratung/beratung-fuer-frauen');
    assert.ok(published, 'the page is public');
    assert.doesNotMatch(published.contentHtml, /samstags/, 'the draft is not public before its time');

    await schedule.getByRole('button', { name: de['schedule.withdraw'] }).click();
    await schedule.getByText(de['schedule.none']!).waitFor();
    await page.context().close();
  });

  it('shows where each translation stands, narrows to the outdated ones, and exports CSV', async () => {
    const page = await signedIn();
    await page.getByRole('link', { name: de['region.translations'] }).click();
    await page.getByRole('heading', { level: 1, name: de['translations.title'] }).waitFor();
    assert.deepEqual(await axeViolations(page), []);

    const filters = page.getByRole('search');
    await filters.getByLabel(de['tree.filter.language']!).selectOption('en');
    await filters.getByLabel(de['tree.filter.state']!).selectOption('outdated');
    const table = page.getByRole('table', { name: de['translations.table'] });
    await table.getByRole('rowheader', { name: 'Integrationskurs' }).waitFor();
    // Other tests here publish German changes too, so more than the demo's one outdated page may be listed.
    const englishColumn = await table.locator('tbody tr td:nth-of-type(2)').allInnerTexts();
    assert.ok(englishColumn.length > 0 && englishColumn.length < 50);
    assert.ok(englishColumn.every((text) => text === de['progress.outdated']));

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: de['translations.csv'] }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    assert.match(csv, /^\uFEFFpage_id,title,de,en,/);
    assert.match(csv, /,Integrationskurs,up-to-date,outdated,/);
    await page.context().close();
  });

  it('shows beside the outdated English text what changed in the German source, and confirms it still correct', async () => {
    const page = await signedIn();
    await openInEditor(page, 'Integrationskurs');
    // From the German text to the English one by the language tab: the editor must hold the English text.
    await page
      .getByRole('navigation', { name: de['editor.languages'] })
      .getByRole('link', { name: /^Englisch/ })
      .click();
    const editor = page.getByRole('textbox', { name: de['editor.content'] });
    await editor.getByText(/In the integration course you learn German/).waitFor();
    assert.doesNotMatch(await editor.innerText(), /Im Integrationskurs lernen Sie/);
    const source = page.getByRole('region', { name: message('source.title', { language: 'Deutsch' }) });
    await source.getByText(textBefore('source.changed')).waitFor();
    assert.ok((await source.locator('ins, del').count()) > 0, 'the change in the source is marked');

    await source.getByRole('button', { name: de['source.stillCorrect'] }).click();
    await page.getByText(de['source.confirmed']!).waitFor();
    await source.getByText(de['source.unchanged']!).waitFor();
    const history = page.getByRole('region', { name: de['history.title'] });
    await history.getByText(de['history.confirmed']!).waitFor();
    await page.context().close();
  });

  it('switches the interface to English and keeps that choice after a reload', async () => {
    const page = await signedIn();
    await page.getByLabel(de['common.interfaceLanguage']!).selectOption('en');
    await page.getByRole('heading', { level: 1, name: en['tree.title'] }).waitFor();
    await page.getByRole('button', { name: en['tree.newPage'] }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: en['tree.title'] }).waitFor();
    assert.equal(await page.getByLabel(en['common.interfaceLanguage']!).inputValue(), 'en');
    assert.equal(await page.getByRole('button', { name: de['common.signOut'] }).count(), 0);
    await page.context().close();
  });
});
