import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';

const cmsDir = new URL('../', import.meta.url);
const catalog = (language: string) => {
  const dir = new URL(`messages/${language}/`, cmsDir);
  const messages: Record<string, string> = {};
  for (const file of readdirSync(dir)) {
    const entries = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, string>;
    for (const [key, message] of Object.entries(entries)) {
      assert.equal(messages[key], undefined, `${key} is defined twice in ${language}`);
      messages[key] = message;
    }
  }
  return messages;
};
const sourceFiles = (dir: URL): URL[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(new URL(`${entry.name}/`, dir))
      : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')
        ? [new URL(entry.name, dir)]
        : [],
  );

describe('the workspace’s message catalogs', () => {
  const german = catalog('de');
  const english = catalog('en');

  it('have the same keys in German and English, each a valid ICU message', () => {
    assert.deepEqual(Object.keys(english).sort(), Object.keys(german).sort());
    for (const [language, messages] of [
      ['de', german],
      ['en', english],
    ] as const) {
      for (const [key, message] of Object.entries(messages)) {
        assert.doesNotThrow(() => new IntlMessageFormat(message, language), `${language} ${key}`);
      }
    }
  });

  it('hold every key the screens ask for by name', () => {
    const missing: string[] = [];
    let asked = 0;
    for (const file of sourceFiles(cmsDir)) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) {
        asked++;
        if (key && german[key] === undefined) missing.push(`${file.pathname.split('/cms/')[1]}: ${key}`);
      }
    }
    assert.deepEqual(missing, []);
    assert.ok(asked > 100, `only ${asked} keys found: the search for t('…') no longer matches the code`);
  });
});
