import { Command } from 'commander';
import { backupCommand } from './commands/backup.ts';
import { demoCommand } from './commands/demo.ts';
import { migrateCommand } from './commands/migrate.ts';
import { regionCommand } from './commands/region.ts';
import { restoreCommand } from './commands/restore.ts';
import { serveCommand } from './commands/serve.ts';
import { userCommand } from './commands/user.ts';
import { runAction } from './run-action.ts';

const program = new Command('lotse')
  .description('Lotse: what newcomers need locally, in their own language.')
  .addHelpText(
    'after',
    '\nSettings come from the environment: PORT, HOST, DATABASE_URL (unset: embedded database in LOTSE_DATA_DIR, default ./data), …\nSee README.md.',
  )
  .showHelpAfterError();

for (const command of [
  serveCommand,
  migrateCommand,
  demoCommand,
  userCommand,
  regionCommand,
  backupCommand,
  restoreCommand,
]) {
  program.addCommand(command(runAction));
}

await program.parseAsync(process.argv);
