import { Command, Option } from 'commander';
import { resetTwoFactor } from '../../server/auth/reset-two-factor.ts';
import { passwordFromEnvironment } from '../../server/config.ts';
import { ROLES } from '../../server/users/schema.ts';
import { createUser } from '../../server/users/service.ts';
import { seedDemoIntoEmptyDatabase } from '../../server/demo/seed-demo.ts';
import { PublicCache } from '../../server/public-cache.ts';
import { withDatabase } from '../database.ts';
import { readPassword } from '../read-password.ts';
import type { RunAction } from '../run-action.ts';

/**
 * `lotse user create`: creates an account with a role, the password from stdin or LOTSE_PASSWORD.
 * `lotse user reset-2fa`: switches two-factor sign-in off for someone who lost their authenticator app.
 */
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
            // On a new installation the demo region is not there before the first start; make it now,
            // as the first start would, so that a role in it can be given.
            const seeded = await seedDemoIntoEmptyDatabase({ db, config, cache: new PublicCache(0) });
            if (seeded) process.stdout.write(`Seeded the demo region Musterstadt (${seeded.pages} pages).\n`);
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
  const resetTwoFactorCommand = new Command('reset-2fa')
    .description(
      'Switch two-factor sign-in off for an account that lost its authenticator app, and end its sessions.',
    )
    .requiredOption('--email <address>', 'e-mail address of the account')
    .action((options: { email: string }) =>
      run((config) =>
        withDatabase(config, 'user reset-2fa', async ({ db }) => {
          const reset = await resetTwoFactor(db, { email: options.email, via: 'lotse user reset-2fa' });
          process.stdout.write(
            reset.wasEnabled
              ? `Two-factor sign-in is off for ${reset.email}; ${reset.sessionsEnded} session(s) ended. ` +
                  'They sign in with their password and can set it up again under their account.\n'
              : `Two-factor sign-in was not on for ${reset.email}; nothing changed.\n`,
          );
        }),
      ),
    );
  return new Command('user')
    .description('Manage user accounts.')
    .addCommand(create)
    .addCommand(resetTwoFactorCommand);
}
