// `npm run bench:translations`: the translators' overview of a region with 300 pages in 10 languages (a
// third of the German pages changed since they were translated): the API's answer over loopback, and in
// Chromium the time from navigation start until the whole table (every page × language) is on screen.
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { launchChromium } from '../../e2e/support.ts';
import { percentile, startBenchWorkspace, timed } from './workspace-server.ts';

const { values: flags } = parseArgs({
  options: {
    pages: { type: 'string', default: '300' },
    languages: { type: 'string', default: '10' },
    runs: { type: 'string', default: '20' },
  },
});
const pages = Number(flags.pages);
const runs = Number(flags.runs);
const log = (line: string) => process.stdout.write(`${line}\n`);
const server = await startBenchWorkspace({ pages, languages: Number(flags.languages) });
// A real change of every third German page outdates its translations.
await sql`insert into content_versions (region_id, item_id, language_tag, title, slug, content_html, status, is_minor, is_machine_translated)
  select region_id, item_id, 'de', title, slug, content_html || '<p>Neu.</p>', 'published', false, false
  from content_versions where language_tag = 'de' and item_id % 3 = 0`.execute(server.ctx.db);

const apiTimes: number[] = [];
let bytes = 0;
for (let run = 0; run < runs; run++) {
  const { ms, body } = await timed(() =>
    fetch(`${server.origin}/api/cms/regions/bench-0/translations`, { headers: server.headers }),
  );
  apiTimes.push(ms);
  bytes = body.length;
}

await fetch(`${server.origin}/cms/`);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const [name, value] = server.headers.cookie.split('=') as [string, string];
await context.addCookies([{ name, value, url: server.origin }]);
const page = await context.newPage();
const renderTimes: number[] = [];
for (let run = 0; run < Math.max(3, Math.round(runs / 2)); run++) {
  await page.goto(`${server.origin}/cms/r/bench-0/translations`);
  await page.waitForFunction(
    (rows) => document.querySelectorAll('.translation-table tbody tr').length === rows,
    pages,
    { polling: 'raf' },
  );
  renderTimes.push(await page.evaluate(() => performance.now()));
}
await browser.close();

log(
  `Translators' overview: ${pages} pages × ${flags.languages} languages, ${server.databaseKind} database, Node ${process.version}.`,
);
log('');
log('| step | runs | p50 | max |');
log('|---|---|---|---|');
log(
  `| API \`GET …/translations\` (${(bytes / 1024).toFixed(0)} KiB) | ${runs} | ${percentile(apiTimes, 50).toFixed(1)} ms | ${Math.max(...apiTimes).toFixed(1)} ms |`,
);
log(
  `| Chromium: navigation start → whole table on screen (first run: empty cache, ${renderTimes[0]!.toFixed(0)} ms) | ${renderTimes.length} | ${percentile(renderTimes, 50).toFixed(0)} ms | ${Math.max(...renderTimes).toFixed(0)} ms |`,
);
await server.close();
