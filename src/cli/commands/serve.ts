import { Command } from 'commander';
import { startServer } from '../../server/start.ts';
import type { RunAction } from '../run-action.ts';

/** `lotse serve`: migrates, seeds the demo region into an empty database, and serves HTTP. */
export function serveCommand(run: RunAction): Command {
  return new Command('serve')
    .description(
      'Start the server (migrates the database; seeds the demo region when the database is empty).',
    )
    .action(() =>
      run(async (config) => {
        const server = await startServer(config);
        process.stdout.write(
          `Lotse is running at ${server.url} (${config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`}).\n`,
        );
        const stop = async () => {
          await server.stop();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }),
    );
}
