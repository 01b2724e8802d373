// Helpers for the workspace's browser tests: accounts made in the database, sign-in through the form, and
// the interface's German texts from its catalogs (so a reworded message does not break a test).
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { newTotpSecret } from '../src/server/auth/totp.ts';
import type { Role } from '../src/server/users/schema.ts';
import { createUser } from '../src/server/users/service.ts';
import type { DemoServer } from './support.ts';

const messagesDir = new URL('../src/cms/messages/de/', import.meta.url);

/** The workspace's German messages, key → text (ICU placeholders left as they are). */
export const de: Record<string, string> = Object.assign(
  {},
  ...readdirSync(messagesDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(new URL(file, messagesDir), 'utf8')) as Record<string, string>),
);

/** A message without its placeholders, for matching text that has them filled in. */
export function textBefore(key: string): string {
  const message = de[key];
  if (message === undefined) throw new Error(`no message ${key}`);
  return message.split('{')[0]!.trim();
}

export interface Account {
  email: string;
  password: string;
  totpSecret?: string;
}

/** A new account with a role in a region; with `hasTotp` it has two-factor sign-in switched on. */
export async function createAccount(
  server: DemoServer,
  options: { role: Role; region: string; hasTotp?: boolean },
): Promise<Account> {
  const email = `${options.role}-${randomBytes(4).toString('hex')}@example.org`;
  const password = 'a long and private passphrase';
  const user = await createUser(server.ctx.db, {
    email,
    password,
    role: options.role,
    region: options.region,
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
