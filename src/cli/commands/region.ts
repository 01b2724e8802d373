import { Command, Option } from 'commander';
import { insertAuditEntry } from '../../server/audit/repo.ts';
import { PublicCache } from '../../server/public-cache.ts';
import { createRegion } from '../../server/regions/service.ts';
import { withDatabase } from '../database.ts';
import type { RunAction } from '../run-action.ts';

interface RegionOptions {
  slug: string;
  name: string;
  kind: 'city' | 'county' | 'provider';
  defaultLanguage: string;
  languages: string;
  timezone: string;
}

/**
 * `lotse region create`: creates a region as a draft, its further languages translated from the default
 * one. It goes live in the workspace (Live schalten) once the go-live conditions hold.
 */
export function regionCommand(run: RunAction): Command {
  const create = new Command('create')
    .description('Create a region as a draft; it goes live through the go-live checklist in the workspace.')
    .requiredOption('--slug <slug>', 'its address, e.g. neustadt (lower-case letters, digits, hyphens)')
    .requiredOption('--name <name>', 'its name, e.g. "Stadt Neustadt"')
    .addOption(
      new Option('--kind <kind>', 'what it is').choices(['city', 'county', 'provider']).default('city'),
    )
    .option('--default-language <tag>', 'the language its content is written in', 'de')
    .option('--languages <tags>', 'further languages, translated from the default one (e.g. en,ar,uk)', '')
    .option('--timezone <zone>', 'IANA time zone', 'Europe/Berlin')
    .action((options: RegionOptions) =>
      run((config) =>
        withDatabase(config, 'region create', async ({ db }) => {
          const further = options.languages
            .split(',')
            .map((tag) => tag.trim())
            .filter((tag) => tag && tag !== options.defaultLanguage);
          const region = await createRegion(
            { db, cache: new PublicCache(0) },
            {
              slug: options.slug,
              name: options.name,
              kind: options.kind,
              status: 'draft',
              timezone: options.timezone,
              defaultLanguage: options.defaultLanguage,
              languages: [
                { tag: options.defaultLanguage, source: null },
                ...further.map((tag) => ({ tag, source: options.defaultLanguage })),
              ],
            },
            (trx, created) =>
              insertAuditEntry(trx, {
                action: 'region.created',
                regionId: created.id,
                details: { slug: created.slug, name: created.name, via: 'lotse region create' },
              }),
          );
          process.stdout.write(
            `Created the region ${region.name} (${region.slug}) as a draft. Give it a manager with ` +
              `"lotse user create --role region-manager --region ${region.slug}", then set it live in the workspace.\n`,
          );
        }),
      ),
    );
  return new Command('region').description('Manage regions.').addCommand(create);
}
