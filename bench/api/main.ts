// `npm run bench:api`: the public API's cached reads against the same bytes as static files, and how p99
// changes as regions grow from 5 to the full data set. See docs/benchmarks.md.
import { createRateLimits } from '../../src/server/http/rate-limiter.ts';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fastifyStatic from '@fastify/static';
import { openDatabase } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { syncLanguageRegistry } from '../../src/server/languages/service.ts';
import { PublicCache } from '../../src/server/public-cache.ts';
import { generatedPagePath, generateRegions } from './generate-data.ts';
import { assertWrkInstalled, runLoad, type LoadResult } from './run-load.ts';

const { values: flags } = parseArgs({
  options: {
    regions: { type: 'string', default: '50' },
    languages: { type: 'string', default: '8' },
    pages: { type: 'string', default: '300' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    encoding: { type: 'string', default: 'br, gzip' },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  process.stdout.write(
    'npm run bench:api -- [--regions 50] [--languages 8] [--pages 300] [--connections 50] [--duration 10]\n' +
      '                     [--encoding "br, gzip"] (Accept-Encoding of the load; "" for none)\n' +
      'Uses DATABASE_URL when set, else an in-memory embedded database.\n',
  );
  process.exit(0);
}
const size = { languages: Number(flags.languages), pages: Number(flags.pages) };
const regionCount = Number(flags.regions);
const connections = Number(flags.connections);
const duration = Number(flags.duration);
const encoding = flags.encoding;
const smallRegionCount = Math.min(5, regionCount);
const scaleUrlCount = 80;
// The deepest page there is: third level when the tree has one.
const samplePath = generatedPagePath(size.pages - 1);

assertWrkInstalled();
const staticDir = await mkdtemp(join(tmpdir(), 'lotse-bench-'));
const load = (urls: string[]) => runLoad({ urls, connections, duration, encoding, workDir: staticDir });

/** A response body as sent, without decompressing it. */
const fetchRaw = (url: string, acceptEncoding: string) =>
  new Promise<Buffer>((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks)));
      })
      .on('error', reject);
  });

const log = (line: string) => process.stdout.write(`${line}\n`);
const config = loadConfig({ LOG_LEVEL: 'silent' });
const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: 'memory://', holder: 'bench' });
await migrate(handle.db);
await syncLanguageRegistry(handle.db);
const ctx = {
  db: handle.db,
  config,
  cache: new PublicCache(4 * 1024 * 1024 * 1024),
  rateLimits: createRateLimits(),
  translators: {},
};
const app = await buildApp({ ctx, databaseKind: handle.kind });
await app.register(fastifyStatic, { root: staticDir, prefix: '/static/', preCompressed: true });
const origin = await app.listen({ host: '127.0.0.1', port: 0 });

/**
 * 80 list and page URLs spread evenly over the first `count` regions and their languages: the same number
 * of distinct responses whatever the region count, so only the size of the data set differs between runs.
 */
const spreadUrls = async (count: number) => {
  const lists: string[] = [];
  const pages: string[] = [];
  for (let region = 0; region < count; region++) {
    const detail = (await (await fetch(`${origin}/api/v1/regions/bench-${region}`)).json()) as {
      languages: { tag: string }[];
    };
    for (const { tag } of detail.languages) {
      lists.push(`${origin}/api/v1/regions/bench-${region}/${tag}/pages`);
      pages.push(`${origin}/api/v1/regions/bench-${region}/${tag}/pages/${samplePath}`);
    }
  }
  const evenlySpread = (urls: string[], wanted: number) =>
    Array.from(
      { length: Math.min(wanted, urls.length) },
      (_, i) => urls[Math.floor((i * urls.length) / wanted)]!,
    );
  const sample = [...evenlySpread(lists, scaleUrlCount / 2), ...evenlySpread(pages, scaleUrlCount / 2)];
  for (const url of sample) await fetch(url).then((r) => r.arrayBuffer()); // fill the caches
  return sample;
};

/** The median of three runs, to keep one noisy run from deciding a comparison. */
const medianLoad = async (urls: string[]): Promise<LoadResult> => {
  const runs = [await load(urls), await load(urls), await load(urls)].sort((a, b) => a.p99 - b.p99);
  return runs[1]!;
};

log(
  `Lotse API benchmark: ${regionCount} regions × ${size.languages} languages × ${size.pages} pages, ` +
    `${connections} connections, ${duration} s per run, Accept-Encoding "${encoding}", ${handle.kind} database, ` +
    `Node ${process.version}.`,
);
let started = Date.now();
await generateRegions(ctx, { from: 0, to: smallRegionCount }, size);
log(`Generated ${smallRegionCount} regions in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
const fewUrls = await spreadUrls(smallRegionCount);
await runLoad({ urls: fewUrls, connections, duration: 3, encoding, workDir: staticDir }); // warm-up, not counted
const atFew = await medianLoad(fewUrls);

started = Date.now();
await generateRegions(ctx, { from: smallRegionCount, to: regionCount }, size);
log(
  `Generated ${regionCount - smallRegionCount} more regions in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);

const listUrl = `${origin}/api/v1/regions/bench-0/de/pages`;
const pageUrl = `${origin}/api/v1/regions/bench-0/de/pages/${samplePath}`;
const results: { name: string; api: LoadResult; file: LoadResult; bytes: number; sentBytes: number }[] = [];
for (const [name, url, file] of [
  ['page list', listUrl, 'pages.json'],
  ['single page', pageUrl, 'page.json'],
] as const) {
  // The static files hold exactly the bytes the API sends, plain and in each compressed form.
  const body = await fetchRaw(url, '');
  await writeFile(join(staticDir, file), body);
  await writeFile(join(staticDir, `${file}.br`), await fetchRaw(url, 'br'));
  await writeFile(join(staticDir, `${file}.gz`), await fetchRaw(url, 'gzip'));
  const api = await load([url]);
  const staticFile = await load([`${origin}/static/${file}`]);
  const sent = encoding.includes('br') ? `${file}.br` : encoding.includes('gzip') ? `${file}.gz` : file;
  results.push({
    name,
    api,
    file: staticFile,
    bytes: body.length,
    sentBytes: (await readFile(join(staticDir, sent))).length,
  });
}
const atMany = await medianLoad(await spreadUrls(regionCount));

log('');
log('| endpoint | body (plain / sent) | API req/s | static req/s | API/static | API p99 | static p99 |');
log('|---|---|---|---|---|---|---|');
for (const r of results) {
  log(
    `| ${r.name} | ${(r.bytes / 1024).toFixed(0)} / ${(r.sentBytes / 1024).toFixed(0)} KiB | ${r.api.requestsPerSecond.toFixed(0)} | ` +
      `${r.file.requestsPerSecond.toFixed(0)} | ${(r.api.requestsPerSecond / r.file.requestsPerSecond).toFixed(2)} | ` +
      `${r.api.p99} ms | ${r.file.p99} ms |`,
  );
}
log('');
log(
  `| regions | req/s (${scaleUrlCount} lists and pages spread over all regions; median of 3 runs) | p50 | p99 |`,
);
log('|---|---|---|---|');
log(`| ${smallRegionCount} | ${atFew.requestsPerSecond.toFixed(0)} | ${atFew.p50} ms | ${atFew.p99} ms |`);
log(`| ${regionCount} | ${atMany.requestsPerSecond.toFixed(0)} | ${atMany.p50} ms | ${atMany.p99} ms |`);
log('');
log(
  `p99 at ${regionCount} regions / p99 at ${smallRegionCount} regions: ${(atMany.p99 / Math.max(atFew.p99, 1)).toFixed(2)}`,
);

await app.close();
await handle.close();
