// `npm run bench:cms`: the workspace API with a region of 2,000 pages: how long the page tree takes to
// load, and a save's round trip (sign-in, CSRF and conflict check included), measured over loopback; then how
// long the tree takes to open in the workspace in Chromium.
import { parseArgs } from 'node:util';
import { measureTreeInBrowser } from './tree-in-browser.ts';
import { percentile, startBenchWorkspace, timed } from './workspace-server.ts';

const { values: flags } = parseArgs({
  options: {
    pages: { type: 'string', default: '2000' },
    languages: { type: 'string', default: '5' },
    runs: { type: 'string', default: '30' },
  },
});
const pages = Number(flags.pages);
const runs = Number(flags.runs);
const log = (line: string) => process.stdout.write(`${line}\n`);
const server = await startBenchWorkspace({ languages: Number(flags.languages), pages });
const { origin, headers } = server;

const treeTimes: number[] = [];
let treeBytes = 0;
for (let run = 0; run < runs; run++) {
  const { ms, body } = await timed(() => fetch(`${origin}/api/cms/regions/bench-0/pages`, { headers }));
  treeTimes.push(ms);
  treeBytes = body.length;
}
const tree = JSON.parse(
  (await timed(() => fetch(`${origin}/api/cms/regions/bench-0/pages`, { headers }))).body,
) as {
  pages: { id: number; languages: Record<string, { versionId: number | null }> }[];
};
const page = tree.pages[Math.floor(tree.pages.length / 2)]!;
let base = page.languages.de!.versionId;
const saveTimes: number[] = [];
for (let run = 0; run < runs * 3; run++) {
  const { ms, body } = await timed(() =>
    fetch(`${origin}/api/cms/regions/bench-0/pages/${page.id}/versions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        language: 'de',
        title: 'Seite',
        contentHtml: `<p>Fassung ${run}</p>`,
        status: 'draft',
        baseVersionId: base,
      }),
    }),
  );
  base = (JSON.parse(body) as { id: number }).id;
  saveTimes.push(ms);
}

log(
  `Lotse workspace benchmark: 1 region × ${flags.languages} languages × ${pages} pages, ${server.databaseKind} database, Node ${process.version}.`,
);
log('');
log('| request | runs | p50 | p95 | max | body |');
log('|---|---|---|---|---|---|');
const row = (name: string, times: number[], bytes: string) =>
  log(
    `| ${name} | ${times.length} | ${percentile(times, 50).toFixed(1)} ms | ${percentile(times, 95).toFixed(1)} ms | ${Math.max(...times).toFixed(1)} ms | ${bytes} |`,
  );
row(
  `page tree (${tree.pages.length} pages, states per language)`,
  treeTimes,
  `${(treeBytes / 1024).toFixed(0)} KiB`,
);
row('save a version (draft, conflict check)', saveTimes, '');
const browserRuns = Math.max(3, Math.round(runs / 3));
// As `lotse serve` does at start: the workspace app is built (or read from its cache) before anyone comes.
await fetch(`${origin}/cms/`);
const inBrowser = await measureTreeInBrowser({
  origin,
  region: 'bench-0',
  sessionCookie: headers.cookie,
  pages: tree.pages.length,
  runs: browserRuns,
});
log('');
log(
  `In Chromium, 1280×900 (${browserRuns} runs; the first opens with an empty browser cache: ` +
    `${inBrowser.open[0]!.toFixed(0)} ms):`,
);
log('');
log('| step | p50 | max |');
log('|---|---|---|');
const browserRow = (name: string, times: number[]) =>
  log(`| ${name} | ${percentile(times, 50).toFixed(0)} ms | ${Math.max(...times).toFixed(0)} ms |`);
browserRow('open the page tree (navigation start → rows on screen)', inBrowser.open);
browserRow(`expand all (${tree.pages.length} rows)`, inBrowser.expandAll);
browserRow('scroll to the last page', inBrowser.scrollToEnd);
browserRow('filter by title (“Seite 1”)', inBrowser.filter);
await server.close();
