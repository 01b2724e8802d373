// The workspace single-page app (src/cms/) as files in memory. It is built with Vite once per change of its
// sources: the output is kept under node_modules/.cache by a hash of everything that goes into it, so a
// restart serves the previous build at once and a fresh clone builds on its first start.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Asset } from '../../web/assets.ts';

const repository = fileURLToPath(new URL('../../../', import.meta.url));
// The build's inputs, and this file: a change in how it builds makes a new build too.
const inputs = ['src/cms', 'src/shared', 'package-lock.json', 'src/server/workspace-app/build-workspace.ts'];
const require = createRequire(import.meta.url);
const execFileAsync = promisify(execFile);
const cacheRoot = join(repository, 'node_modules', '.cache', 'lotse-workspace');

/** The built workspace: every file by its address under /cms/, and the page that starts the app. */
export interface WorkspaceBundle {
  byPath: Map<string, Asset>;
  indexHtml: Asset;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Builds the workspace if its sources changed since the last build, and loads it into memory. */
export async function loadWorkspace(): Promise<WorkspaceBundle> {
  const hash = await hashInputs();
  const outDir = join(cacheRoot, hash);
  if (!existsSync(join(outDir, 'index.html'))) await build(outDir);
  return readBundle(outDir);
}

async function hashInputs(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of await filesUnder(join(repository, input))) {
      if (file.endsWith('.test.ts') || file.endsWith('.test.tsx')) continue;
      hash
        .update(relative(repository, file))
        .update('\0')
        .update(await readFile(file))
        .update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => null);
  if (!entries) return [path];
  const nested = await Promise.all(
    entries
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => (entry.isDirectory() ? filesUnder(join(path, entry.name)) : [join(path, entry.name)])),
  );
  return nested.flat();
}

async function build(outDir: string): Promise<void> {
  // Built into a folder of its own and renamed when complete, so two servers starting together never
  // read a half-written build. Vite runs in a process of its own with NODE_ENV=production: React's
  // production build whatever this process runs as (the tests run as NODE_ENV=test), and none of the
  // bundler's memory stays in the server.
  const building = `${outDir}.${process.pid}.${Date.now()}`;
  const viteBin = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  await execFileAsync(
    process.execPath,
    [viteBin, 'build', '--config', join(repository, 'src/cms/vite.config.ts'), '--outDir', building],
    { cwd: repository, env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 << 20 },
  );
  // Compressed once here, at the highest levels, so that a start with a cached build reads them ready.
  for (const file of await filesUnder(building)) {
    const body = await readFile(file);
    await writeFile(`${file}.br`, brotliCompressSync(body));
    await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
  }
  await mkdir(cacheRoot, { recursive: true });
  await rename(building, outDir).catch(async () => {
    // Another process finished the same build first; theirs is identical.
    await rm(building, { recursive: true, force: true });
  });
}

async function readBundle(outDir: string): Promise<WorkspaceBundle> {
  const byPath = new Map<string, Asset>();
  for (const file of await filesUnder(outDir)) {
    if (file.endsWith('.br') || file.endsWith('.gz')) continue;
    const path = `/cms/${relative(outDir, file).split('\\').join('/')}`;
    const [body, br, gzip] = await Promise.all([
      readFile(file),
      readFile(`${file}.br`),
      readFile(`${file}.gz`),
    ]);
    byPath.set(path, {
      path,
      contentType: contentTypes[extname(file)] ?? 'application/octet-stream',
      body,
      compressed: { br, gzip },
      isImmutable: path.startsWith('/cms/assets/'),
    });
  }
  const indexHtml = byPath.get('/cms/index.html');
  if (!indexHtml) throw new Error(`The workspace build in ${outDir} has no index.html.`);
  return { byPath, indexHtml };
}

/** Loads the workspace on first use and keeps it; a failed build is tried again on the next use. */
export function workspaceLoader(): () => Promise<WorkspaceBundle> {
  let loading: Promise<WorkspaceBundle> | undefined;
  return () => {
    loading ??= loadWorkspace().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
