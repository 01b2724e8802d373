import { Command, Option } from 'commander';
import { passwordFromEnvironment } from '../../server/config.ts';
import { ROLES } from '../../server/users/schema.ts';
import { createUser } from '../../server/users/service.ts';
import { withDatabase } from '../database.ts';
import { readPassword } from '../read-password.ts';
import type { RunAction } from '../run-action.ts';

/** `lotse user create`: creates an account with a role, the password from stdin or LOTSE_PASSWORD. */
export function userCommand(run: RunAction): Command {
  const create = new Command('create')
    .description(
      'Create a user. The password comes from LOTSE_PASSWORD or standard input (asked for on a terminal).',
    )
    .requiredOption('--email <address>', 'e-mail address to sign in with')
    .addOption(new Option('--role <role>', 'role in the region').choices(ROLES).makeOptionMandatory())
    .option('--region <slug>', 'the region the role applies to (not for platform-admin)')
    .option('--name <name>', 'display name', '')
    .option('--languages <tags>', 'for translators: the target languages, comma-separated (e.g. ar,fa)', '')
    .action(
      (options: {
        email: string;
        role: (typeof ROLES)[number];
        region?: string;
        name: string;
        languages: string;
      }) =>
        run(async (config) => {
          const password = await readPassword({
            fromEnvironment: passwordFromEnvironment(),
            input: process.stdin,
            output: process.stderr,
          });
          await withDatabase(config, 'user create', async ({ db }) => {
            const translatorLanguages = options.languages
              .split(',')
              .map((tag) => tag.trim())
              .filter(Boolean);
            const user = await createUser(db, {
              ...options,
              displayName: options.name,
              translatorLanguages,
              password,
            });
            const where = options.region ? ` in ${options.region}` : '';
            process.stdout.write(`Created user ${user.email} (${options.role}${where}).\n`);
          });
        }),
    );
  return new Command('user').description('Manage user accounts.').addCommand(create);
}
