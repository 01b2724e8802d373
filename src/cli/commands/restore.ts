import { Command } from 'commander';
import { restoreDatabase } from '../../db/backup.ts';
import { withDatabase } from '../database.ts';
import type { RunAction } from '../run-action.ts';
import { describeCounts } from './backup.ts';

/** `lotse restore <file>`: restores a backup, all or nothing. */
export function restoreCommand(run: RunAction): Command {
  return new Command('restore')
    .description('Restore a backup made by "lotse backup" into this database (all or nothing).')
    .argument('<file>', 'the backup file')
    .option(
      '--replace',
      'delete everything in the database first (otherwise it must hold no regions or users)',
      false,
    )
    .action((file: string, options: { replace: boolean }) =>
      run((config) =>
        withDatabase(
          config,
          'restore',
          async ({ db }) => {
            const counts = await restoreDatabase(db, file, { replace: options.replace });
            process.stdout.write(`Restored ${file}: ${describeCounts(counts)}.\n`);
          },
          { migrates: false },
        ),
      ),
    );
}
