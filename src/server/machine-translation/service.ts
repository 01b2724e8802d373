import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import { AppError, invalidInput, type Issue } from '../errors.ts';
import { insertJobs } from '../jobs/repo.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { deeplLanguagePair, libreTranslateLanguagePair } from './providers/provider-languages.ts';
import type { ProviderName } from './providers/provider.ts';
import {
  charactersUsedThisMonth,
  listRecentBatches,
  queuedEstimate,
  updateMachineTranslationSettings,
} from './repo.ts';
import type { MachineTranslationSettings } from './schema.ts';

export const machineTranslationJobKind = 'machine-translation.translate';

/** Why a page is not machine-translated into a language. */
export type LeftOutReason = 'no-source' | 'translated-already' | 'person-working' | 'up-to-date';

const leftOutMessages: Record<LeftOutReason, string> = {
  'no-source': 'The source language has nothing published.',
  'translated-already': 'This source version is translated (or queued) into this language already.',
  'person-working': 'A person is working on this translation; machine translation does not replace it.',
  'up-to-date': 'A person’s translation of this source version is published; it is not replaced.',
};

/** In words, why a page was left out. */
export function leftOutMessage(reason: LeftOutReason): string {
  return leftOutMessages[reason];
}

/**
 * Whether machine translation of a source version must leave a language alone: a person's unpublished work
 * is there, or a person's translation of this (or a newer) source version is published. `versions` are the
 * language's versions, newest first.
 */
export function whyNotTranslate(
  versions: readonly {
    id: number;
    status: string;
    is_machine_translated: boolean;
    source_version_id: number | null;
  }[],
  sourceVersionId: number,
): LeftOutReason | undefined {
  const newest = versions[0];
  if (newest && newest.status !== 'published' && !newest.is_machine_translated) return 'person-working';
  const published = versions.find((version) => version.status === 'published');
  if (
    published &&
    !published.is_machine_translated &&
    (published.source_version_id ?? 0) >= sourceVersionId
  ) {
    return 'up-to-date';
  }
  return undefined;
}

/** Whether a provider can translate a pair of languages at all (whether it is set up or not). */
export function providerSupports(provider: ProviderName, source: string, target: string): boolean {
  return provider === 'deepl'
    ? deeplLanguagePair(source, target) !== undefined
    : libreTranslateLanguagePair(source, target) !== undefined;
}

/** This month's budget of a region: what it may send, has sent, has queued and has left. */
export async function loadBudget(ctx: Pick<AppContext, 'db'>, where: WorkspaceRegion) {
  const monthlyCharacters = where.region.machine_translation_monthly_characters;
  const usedThisMonth = await charactersUsedThisMonth(ctx.db, where.region.id);
  const queued = await queuedEstimate(ctx.db, where.region.id);
  return {
    monthlyCharacters,
    usedThisMonth,
    queued,
    remaining: Math.max(0, monthlyCharacters - usedThisMonth - queued),
  };
}

/** Where machine translation stands in a region: budget, providers, languages and recent batches. */
export async function loadMachineTranslationStatus(ctx: AppContext, where: WorkspaceRegion) {
  const { translators } = ctx;
  return {
    budget: await loadBudget(ctx, where),
    providers: { deepl: Boolean(translators.deepl), libretranslate: Boolean(translators.libretranslate) },
    languages: where.languages.map((language) => {
      const provider = language.machine_translation_provider;
      const source = language.source_language_tag;
      return {
        ...language,
        isAvailable: Boolean(provider && source && translators[provider]?.supports(source, language.tag)),
      };
    }),
    batches: await listRecentBatches(ctx.db, where.region.id),
  };
}

/** Changes the budget and the languages' providers (managers only), recorded in the audit log. */
export async function changeMachineTranslationSettings(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  input: MachineTranslationSettings,
): Promise<void> {
  const issues: Issue[] = [];
  input.languages.forEach((language, index) => {
    const known = where.languages.find((entry) => entry.tag === language.tag);
    const field = `languages.${index}`;
    if (!known)
      issues.push({ field: `${field}.tag`, message: `the region has no language "${language.tag}"` });
    else if (language.provider && !known.source_language_tag) {
      issues.push({ field: `${field}.provider`, message: 'this language is written, not translated' });
    } else if (
      language.provider &&
      known.source_language_tag &&
      !providerSupports(language.provider, known.source_language_tag, language.tag)
    ) {
      issues.push({
        field: `${field}.provider`,
        message: `${language.provider} cannot translate from "${known.source_language_tag}" into "${language.tag}"`,
      });
    }
  });
  if (issues.length > 0) throw invalidInput(issues);
  await ctx.db.transaction().execute(async (trx) => {
    await updateMachineTranslationSettings(trx, where.region.id, input);
    await insertAuditEntry(trx, {
      action: 'translation.machine-translation-settings-changed',
      regionId: where.region.id,
      userId: auth.user.id,
      details: input,
    });
  });
  ctx.cache.invalidateRegion(where.region.id);
}

/** Queues the jobs of a batch of requests. */
export async function queueTranslationJobs(db: AppContext['db'], requestIds: number[]): Promise<void> {
  await insertJobs(
    db,
    requestIds.map((requestId) => ({
      kind: machineTranslationJobKind,
      payload: { requestId },
      dedupeKey: `machine-translation:${requestId}`,
    })),
  );
}

/** A request that cannot be made, with the reason in words. */
export function cannotTranslate(message: string): AppError {
  return new AppError('conflict', message);
}
