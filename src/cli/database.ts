import { openDatabase, type DatabaseHandle } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import type { Config } from '../server/config.ts';
import { syncLanguageRegistry } from '../server/languages/service.ts';

/**
 * Runs a command's work on the configured database, migrated and closed afterwards. While the server
 * holds the embedded database this throws DataDirBusyError, which the CLI reports; nothing is touched.
 */
export async function withDatabase<T>(
  config: Config,
  command: string,
  work: (handle: DatabaseHandle) => Promise<T>,
  options: { migrates?: boolean } = {},
): Promise<T> {
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    holder: `lotse ${command}`,
  });
  try {
    if (options.migrates !== false) {
      await migrate(handle.db);
      await syncLanguageRegistry(handle.db);
    }
    return await work(handle);
  } finally {
    await handle.close();
  }
}
