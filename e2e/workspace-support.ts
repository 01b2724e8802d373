// Helpers for the workspace's browser tests: accounts made in the database, sign-in through the form, and
// the interface's German texts from its catalogs (so a reworded message does not break a test).
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { newTotpSecret } from '../src/server/auth/totp.ts';
import type { Role } from '../src/server/users/schema.ts';
import { createUser } from '../src/server/users/service.ts';
import type { DemoServer } from './support.ts';

function catalog(language: 'de' | 'en'): Record<string, string> {
  const messagesDir = new URL(`../src/cms/messages/${language}/`, import.meta.url);
  return Object.assign(
    {},
    ...readdirSync(messagesDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(new URL(file, messagesDir), 'utf8')) as Record<string, string>),
  );
}

/** The workspace's German messages, key → text (ICU placeholders left as they are). */
export const de: Record<string, string> = catalog('de');

/** The workspace's English messages, key → text. */
export const en: Record<string, string> = catalog('en');

/** A message without its placeholders, for matching text that has them filled in. */
export function textBefore(key: string): string {
  const message = de[key];
  if (message === undefined) throw new Error(`no message ${key}`);
  return message.split('{')[0]!.trim();
}

/** A German message with its simple placeholders (`{title}`) filled in, as the interface shows it. */
export function message(key: string, values: Record<string, string>): string {
  const text = de[key];
  if (text === undefined) throw new Error(`no message ${key}`);
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

export interface Account {
  email: string;
  password: string;
  totpSecret?: string;
}

/** A new account with a role in a region; with `hasTotp` it has two-factor sign-in switched on. */
export async function createAccount(
  server: DemoServer,
  options: { role: Role; region: string; hasTotp?: boolean; translatorLanguages?: string[] },
): Promise<Account> {
  const email = `${options.role}-${randomBytes(4).toString('hex')}@example.org`;
  const password = 'a long and private passphrase';
  const user = await createUser(server.ctx.db, {
    email,
    password,
    role: options.role,
    region: options.region,
    translatorLanguages: options.translatorLanguages ?? [],
  });
  if (!options.hasTotp) return { email, password };
  const totpSecret = newTotpSecret();
  await server.ctx.db
    .updateTable('users')
    .set({ totp_secret: totpSecret, is_totp_enabled: true })
    .where('id', '=', user.id)
    .execute();
  return { email, password, totpSecret };
}

/** Signs in through the workspace's form and waits for the first screen after it. */
export async function signIn(page: Page, origin: string, account: Account, path = '/cms/'): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.getByLabel(de['signIn.email']!).fill(account.email);
  await page.getByLabel(de['signIn.password']!, { exact: true }).fill(account.password);
  await page.getByRole('button', { name: de['signIn.submit'] }).click();
  await page.getByRole('button', { name: de['common.signOut'] }).waitFor();
}

/** Opens a page of the region in the editor, finding it in the tree by its title. */
export async function openInEditor(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: de['region.pages'], exact: true }).click();
  await page.getByLabel(de['tree.filter.text']!).fill(title);
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('textbox', { name: de['editor.content'] }).waitFor();
}

/** Types at the end of the editor's text. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: de['editor.content'] });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** The page tree's row of a page, found by the page's title. */
export function treeRow(page: Page, title: string): Locator {
  return page
    .getByRole('list', { name: de['tree.title'] })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

/** The titles of the page tree's rows, top to bottom. */
export function treeTitles(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: de['tree.title'] }).getByRole('link').allInnerTexts();
}

/** Waits until the tree's screen-reader announcement says a message (moved, dropped, archived …). */
export async function waitForAnnouncement(
  page: Page,
  key: string,
  values: Record<string, string>,
): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: message(key, values) })
    .waitFor({ state: 'attached' });
}

/** Waits until an element has the keyboard focus. */
export async function waitForFocus(element: Locator): Promise<void> {
  await element.and(element.page().locator(':focus')).waitFor();
}

/** The id of a page of the demo region, found by its newest German title. */
export async function pageIdOf(server: DemoServer, title: string): Promise<number> {
  const row = await server.ctx.db
    .selectFrom('content_versions')
    .select('item_id')
    .where('language_tag', '=', 'de')
    .where('title', '=', title)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return row.item_id;
}

/** A page's place in the tree as the database holds it. */
export function placementOf(server: DemoServer, pageId: number) {
  return server.ctx.db
    .selectFrom('pages')
    .select(['parent_id', 'position'])
    .where('id', '=', pageId)
    .executeTakeFirstOrThrow();
}

/** The ids of a page's children in the order of their positions. */
export async function childIdsOf(server: DemoServer, parentId: number): Promise<number[]> {
  const rows = await server.ctx.db
    .selectFrom('pages')
    .select('id')
    .where('parent_id', '=', parentId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The HTML of a page's newest German version. */
export async function newestHtmlOf(server: DemoServer, pageId: number): Promise<string> {
  const row = await server.ctx.db
    .selectFrom('content_versions')
    .select('content_html')
    .where('item_id', '=', pageId)
    .where('language_tag', '=', 'de')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return row.content_html;
}

/** A public page of Musterstadt in German from the public API, by its path; undefined when not public. */
export async function publicPage(
  server: DemoServer,
  path: string,
): Promise<{ title: string; contentHtml: string } | undefined> {
  const response = await fetch(`${server.origin}/api/v1/regions/musterstadt/de/pages/${path}`);
  if (response.status === 404) return undefined;
  return (await response.json()) as { title: string; contentHtml: string };
}

/** The titles of Musterstadt's public pages in German, from the public API's list. */
export async function publicTitles(server: DemoServer): Promise<string[]> {
  const response = await fetch(`${server.origin}/api/v1/regions/musterstadt/de/pages`);
  const { pages } = (await response.json()) as { pages: { title: string }[] };
  return pages.map((page) => page.title);
}

/** Whether an uploaded image was stored under this file name. */
export async function isImageStored(server: DemoServer, fileName: string): Promise<boolean> {
  const row = await server.ctx.db
    .selectFrom('media')
    .select('id')
    .where('file_name', '=', fileName)
    .executeTakeFirst();
  return row !== undefined;
}

/** A valid PNG image of one transparent pixel. */
export const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Goes from the editor back to the page tree through the breadcrumb. */
export async function backToTree(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: de['editor.breadcrumb'] })
    .getByRole('link', { name: de['tree.title'] })
    .click();
  await page.getByRole('heading', { level: 1, name: de['tree.title'] }).waitFor();
}
