import { Command } from 'commander';
import { migrate } from '../../db/migrate.ts';
import { withDatabase } from '../database.ts';
import type { RunAction } from '../run-action.ts';

/** `lotse migrate`: applies pending migrations and says which. */
export function migrateCommand(run: RunAction): Command {
  return new Command('migrate').description('Apply pending database migrations.').action(() =>
    run((config) =>
      withDatabase(
        config,
        'migrate',
        async ({ db }) => {
          const applied = await migrate(db);
          process.stdout.write(
            applied.length === 0
              ? 'The database is up to date.\n'
              : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}\n`).join('')}`,
          );
        },
        { migrates: false },
      ),
    ),
  );
}
