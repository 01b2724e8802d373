import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const lotseBin = new URL('../../bin/lotse.js', import.meta.url).pathname;

/** What a finished `lotse` command printed, and its exit code. */
export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh directory for an embedded database. */
export function makeDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'lotse-cli-'));
}

/** Starts `lotse` with arguments, an environment on top of a clean one, and optional standard input. */
export function spawnLotse(args: string[], env: Record<string, string>, input?: string): ChildProcess {
  const child = spawn(process.execPath, [lotseBin, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin?.end(input ?? '');
  return child;
}

/** Runs `lotse` to the end. */
export function runLotse(
  args: string[],
  env: Record<string, string>,
  input?: string,
): Promise<CommandResult> {
  const child = spawnLotse(args, env, input);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Starts `lotse serve` and resolves with its URL once it listens. */
export function startLotseServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawnLotse(['serve'], { PORT: '0', ...env });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('close', (code) => reject(new Error(`lotse serve ended with ${code}: ${output}`)));
  });
}
