// `npm run bench:web`: a content page's first-load transfer and LCP in headless Chromium on a throttled
// mid-range mobile profile, and the server's response time p95 for cached pages at 20 connections.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { launchChromium, startDemoServer } from '../../e2e/support.ts';
import { assertWrkInstalled } from '../api/run-load.ts';
import { measureFirstLoad } from './first-load.ts';

const log = (line: string) => process.stdout.write(`${line}\n`);
assertWrkInstalled();
const server = await startDemoServer();
const browser = await launchChromium();
const pages = [
  ['German content page', '/musterstadt/de/gesundheit/aerztinnen-und-aerzte-finden'],
  ['Arabic content page (rtl)', `/musterstadt/ar/${encodeURIComponent('الصحة')}`],
  ['German dashboard', '/musterstadt/de/'],
] as const;

log(
  `Lotse web benchmark: headless Chromium, Slow 4G (150 ms RTT, 1.6 Mbit/s), CPU 4× slower, Node ${process.version}.`,
);
log('');
log('| page | document | stylesheet | script | other | total (compressed, no fonts) | LCP |');
log('|---|---|---|---|---|---|---|');
for (const [name, path] of pages) {
  const load = await measureFirstLoad(browser, `${server.origin}${path}`);
  const kb = (bytes = 0) => `${(bytes / 1024).toFixed(1)} KB`;
  const { document, stylesheet, script, ...rest } = load.bytesByType;
  const other = Object.values(rest).reduce((sum, bytes) => sum + bytes, 0);
  log(
    `| ${name} | ${kb(document)} | ${kb(stylesheet)} | ${kb(script)} | ${kb(other)} | ${kb(load.totalBytes)} | ` +
      `${Math.round(load.lcpMs)} ms |`,
  );
}
await browser.close();

log('');
log('| cached page, 20 connections, 10 s | requests/s | p50 | p95 | p99 |');
log('|---|---|---|---|---|');
for (const [name, path] of pages.slice(0, 2)) {
  const url = `${server.origin}${path}`;
  await fetch(url); // fill the cache
  const script = new URL('./percentiles.lua', import.meta.url).pathname;
  const run = (duration: number) =>
    promisify(execFile)('/usr/bin/wrk', [
      '-t1',
      '-c20',
      `-d${duration}s`,
      '-s',
      script,
      '-H',
      'Accept-Encoding: br, gzip',
      url,
    ]);
  await run(2); // warm-up
  const { stdout } = await run(10);
  const figures = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, number>;
  if ((figures.errors ?? 0) > 0 || (figures.non2xx ?? 0) > 0)
    throw new Error(`The load run had failures: ${stdout}`);
  const ms = (us = 0) => `${(us / 1000).toFixed(2)} ms`;
  log(
    `| ${name} | ${((figures.requests ?? 0) / 10).toFixed(0)} | ${ms(figures.p50)} | ${ms(figures.p95)} | ${ms(figures.p99)} |`,
  );
}
await server.close();
