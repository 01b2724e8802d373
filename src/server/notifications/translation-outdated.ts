import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { VersionRow } from '../content/repo.ts';
import { getLanguagesOutdatedBy } from '../content/service.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { findRegionById } from '../regions/repo.ts';
import { insertNotifications, listTranslatorsOf } from './repo.ts';
import type { TranslationOutdatedDetails } from './schema.ts';
import { pageEditorLink } from './service.ts';

/**
 * Tells the translators of the languages that a just published version made outdated, in the workspace
 * (one notification per page and language) and by one e-mail each. Languages that were outdated or missing
 * already are not told again, and minor edits or machine translations of the source outdate nothing. Runs
 * in the publishing transaction, so that a publication and its notifications stand or fall together.
 */
export async function notifyTranslationsOutdated(
  db: Kysely<Database>,
  publicUrl: string,
  version: VersionRow,
): Promise<void> {
  if (version.status !== 'published') return;
  // Most regions publish far more often than they have translators: ask the cheap question first.
  const regionTranslators = await listTranslatorsOf(db, version.region_id);
  if (regionTranslators.length === 0) return;
  const languages = new Set(
    await getLanguagesOutdatedBy(db, {
      regionId: version.region_id,
      itemId: version.item_id,
      versionId: version.id,
    }),
  );
  const translators = regionTranslators.filter((translator) => languages.has(translator.language));
  if (translators.length === 0) return;
  const region = await findRegionById(db, version.region_id);
  if (!region) return;

  const detailsIn = (language: string): TranslationOutdatedDetails => ({
    pageId: version.item_id,
    language,
    title: version.title,
    sourceLanguage: version.language_tag,
    sourceVersionId: version.id,
  });
  await insertNotifications(
    db,
    translators.map((translator) => ({
      user_id: translator.id,
      region_id: region.id,
      kind: 'translation.outdated' as const,
      details: { ...detailsIn(translator.language) },
    })),
  );

  const languagesOf = new Map<string, typeof translators>();
  for (const row of translators) languagesOf.set(row.email, [...(languagesOf.get(row.email) ?? []), row]);
  for (const [email, rows] of languagesOf) {
    const links = rows
      .map(
        (row) =>
          `- ${row.language}: ${pageEditorLink(publicUrl, region, { pageId: version.item_id, language: row.language })}`,
      )
      .join('\n');
    const quoted = { de: `„${version.title}“`, en: `"${version.title}"` };
    await queueMail(
      db,
      {
        to: email,
        subject: `Lotse ${region.name}: ${quoted.de} geändert, Übersetzung veraltet / changed, translation outdated`,
        text:
          `${quoted.de} (${version.language_tag}) wurde geändert und veröffentlicht. ` +
          `Diese Übersetzungen sind jetzt veraltet:\n${links}\n\n` +
          `${quoted.en} (${version.language_tag}) was changed and published. ` +
          `These translations are outdated now:\n${links}\n`,
      },
      `translation.outdated:${version.id}:${email}`,
    );
  }
}
