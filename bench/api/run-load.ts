import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** What one load run measured. */
export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

const wrkBinary = '/usr/bin/wrk';
const script = new URL('./paths.lua', import.meta.url).pathname;

/** Fails early, with the fix, when wrk is missing. */
export function assertWrkInstalled(): void {
  if (!existsSync(wrkBinary)) {
    throw new Error('The benchmark drives load with wrk (Debian package "wrk"): apt-get install -y wrk');
  }
}

/**
 * Loads the server with wrk in its own process (one thread, so the server keeps the other core), cycling
 * through the given URLs, and returns requests per second and latency percentiles in milliseconds.
 * Any error or non-2xx answer fails the run.
 */
export async function runLoad(options: {
  urls: string[];
  connections: number;
  duration: number;
  encoding: string;
  workDir: string;
}): Promise<LoadResult> {
  const origin = new URL(options.urls[0]!).origin;
  const pathsFile = join(options.workDir, `paths-${Date.now()}.txt`);
  await writeFile(pathsFile, options.urls.map((url) => new URL(url).pathname).join('\n') + '\n');
  const args = ['-t1', `-c${options.connections}`, `-d${options.duration}s`, '--latency', '-s', script];
  if (options.encoding) args.push('-H', `Accept-Encoding: ${options.encoding}`);
  const { stdout } = await promisify(execFile)(wrkBinary, [...args, origin], {
    env: { ...process.env, LOTSE_BENCH_PATHS: pathsFile },
  });
  if (/Non-2xx or 3xx responses|Socket errors/.test(stdout))
    throw new Error(`The load run had failures:\n${stdout}`);
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]),
    p50: latencyMs(stdout, '50%'),
    p99: latencyMs(stdout, '99%'),
  };
}

function latencyMs(output: string, percentile: string): number {
  const match = new RegExp(`^\\s*${percentile}\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(output);
  if (!match) throw new Error(`wrk printed no ${percentile} latency:\n${output}`);
  const factor = { us: 0.001, ms: 1, s: 1000 }[match[2] as 'us' | 'ms' | 's'];
  return Math.round(Number(match[1]) * factor * 100) / 100;
}
