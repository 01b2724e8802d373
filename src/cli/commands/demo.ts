import { Command } from 'commander';
import { seedDemoRegion } from '../../server/demo/seed-demo.ts';
import { PublicCache } from '../../server/public-cache.ts';
import { withDatabase } from '../database.ts';
import type { RunAction } from '../run-action.ts';

/** `lotse demo`: seeds the demo region; running it again changes nothing. */
export function demoCommand(run: RunAction): Command {
  return new Command('demo')
    .description('Seed the demo region "Musterstadt" (does nothing if it exists).')
    .action(() =>
      run((config) =>
        withDatabase(config, 'demo', async ({ db }) => {
          const result = await seedDemoRegion({ db, cache: new PublicCache(0), config });
          process.stdout.write(
            result.isCreated
              ? `Created the demo region Musterstadt: ${result.pages} pages, ${result.versions} versions.\n`
              : 'The demo region Musterstadt exists already; nothing changed.\n',
          );
        }),
      ),
    );
}
