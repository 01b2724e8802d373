import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Thrown when another live process holds the embedded database. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Lotse process ` +
        `(${holder.holder}, pid ${holder.pid}, since ${holder.since}). ` +
        'The embedded database belongs to one process: stop that process first, or run this command against ' +
        'a PostgreSQL server with DATABASE_URL.',
    );
  }
}

interface LockHolder {
  pid: number;
  holder: string;
  since: string;
}

/** A held lock on a data directory. */
export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * Makes the calling process the only user of the embedded database in `dataDir`. A lock left behind by a
 * process that no longer runs is taken over.
 */
export async function acquireDataDirLock(dataDir: string, holder: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'lotse.lock');
  const record: LockHolder = { pid: process.pid, holder, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(JSON.stringify(record));
      await file.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = await readHolder(path);
      if (current && isAlive(current.pid)) throw new DataDirBusyError(dataDir, current);
      await rm(path, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}: another process keeps taking the lock.`);
}

async function readHolder(path: string): Promise<LockHolder | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
