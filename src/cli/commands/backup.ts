import { Command } from 'commander';
import { backupDatabase } from '../../db/backup.ts';
import { withDatabase } from '../database.ts';
import type { RunAction } from '../run-action.ts';

/** `lotse backup <file>`: writes the whole database to one portable file. */
export function backupCommand(run: RunAction): Command {
  return new Command('backup')
    .description(
      'Write a backup of the whole database to <file> (gzip JSON lines; restores into either database kind).',
    )
    .argument('<file>', 'where to write the backup, e.g. lotse-2026-11-24.backup.gz')
    .action((file: string) =>
      run((config) =>
        withDatabase(config, 'backup', async ({ db }) => {
          const counts = await backupDatabase(db, file);
          process.stdout.write(`Wrote ${file}: ${describeCounts(counts)}.\n`);
        }),
      ),
    );
}

/** "3 regions, 40 pages, …" for the tables that people know. */
export function describeCounts(counts: Record<string, number>): string {
  const names: Record<string, string> = {
    regions: 'regions',
    users: 'users',
    pages: 'pages',
    content_versions: 'versions',
  };
  return Object.entries(names)
    .map(([table, label]) => `${counts[table] ?? 0} ${label}`)
    .join(', ');
}
