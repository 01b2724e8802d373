import type { AppContext } from '../context.ts';
import { listNewestPublishedIn } from '../content/repo.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { selectPages, translatedLanguage } from '../translations/select-pages.ts';
import { loadTranslationMemory, pretranslate } from '../translation-memory/service.ts';
import { textsToSend } from './marked-html.ts';
import { countBillableCharacters } from './providers/provider.ts';
import {
  insertMachineTranslations,
  listActiveRequests,
  listTargetVersionFacts,
  nextBatchId,
} from './repo.ts';
import type { MachineTranslationRequest } from './schema.ts';
import {
  cannotTranslate,
  loadBudget,
  queueTranslationJobs,
  whyNotTranslate,
  type LeftOutReason,
} from './service.ts';

/**
 * Machine-translates pages into a language: the chosen ones, or all in the given states ("everything
 * outdated into Arabic"). Paragraphs the translation memory knows are taken from it and cost nothing; the
 * rest is estimated and checked against the month's budget before anything is queued, let alone sent.
 * Each page becomes a durable job; the result is a draft marked machine-translated.
 */
export async function requestMachineTranslation(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  input: MachineTranslationRequest,
) {
  const regionId = where.region.id;
  const { language } = input;
  const { target, sourceLanguage } = translatedLanguage(where, language);
  const provider = target.machine_translation_provider;
  if (!provider) {
    throw cannotTranslate(
      `No machine translation is chosen for "${language}"; a region manager chooses one.`,
    );
  }
  if (!ctx.translators[provider]?.supports(sourceLanguage, language)) {
    throw cannotTranslate(
      `${provider} is not set up on this server for "${sourceLanguage}" → "${language}".`,
    );
  }

  const itemIds = await selectPages(ctx, where, input);
  const sources = await listNewestPublishedIn(ctx.db, { regionId, language: sourceLanguage, itemIds });
  const active = new Set(
    (
      await listActiveRequests(ctx.db, { regionId, language, sourceVersionIds: sources.map((s) => s.id) })
    ).map((request) => request.source_version_id),
  );
  const targetVersionsOf = new Map<number, Awaited<ReturnType<typeof listTargetVersionFacts>>>();
  for (const version of await listTargetVersionFacts(ctx.db, { regionId, language, itemIds })) {
    targetVersionsOf.set(version.item_id, [...(targetVersionsOf.get(version.item_id) ?? []), version]);
  }
  const memory = await loadTranslationMemory(ctx, { regionId, sourceLanguage, targetLanguage: language });
  const sourceOf = new Map(sources.map((source) => [source.item_id, source]));

  const queued: { pageId: number; sourceVersionId: number; characters: number }[] = [];
  const leftOut: { pageId: number; reason: LeftOutReason }[] = [];
  let memoryUnits = 0;
  for (const pageId of itemIds) {
    const source = sourceOf.get(pageId);
    const reason = !source
      ? 'no-source'
      : active.has(source.id)
        ? 'translated-already'
        : whyNotTranslate(targetVersionsOf.get(pageId) ?? [], source.id);
    if (reason || !source) {
      leftOut.push({ pageId, reason: reason ?? 'no-source' });
      continue;
    }
    const known = pretranslate(memory, { title: source.title, html: source.content_html });
    const texts = textsToSend(known, source.title);
    memoryUnits += known.memoryUnits;
    queued.push({ pageId, sourceVersionId: source.id, characters: countBillableCharacters(texts) });
  }

  const characters = queued.reduce((sum, page) => sum + page.characters, 0);
  const budget = await loadBudget(ctx, where);
  const outcome = {
    batchId: null as number | null,
    queued: queued.map(({ pageId, characters }) => ({ pageId, characters })),
    leftOut,
    characters,
    memoryUnits,
    budget,
  };
  if (input.isEstimateOnly || queued.length === 0) return outcome;
  if (characters > budget.remaining) {
    throw cannotTranslate(
      `This needs about ${characters} characters, but only ${budget.remaining} of this month’s ${budget.monthlyCharacters} are left.`,
    );
  }
  const batchId = await nextBatchId(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    const rows = await insertMachineTranslations(
      trx,
      queued.map((page) => ({
        region_id: regionId,
        batch_id: batchId,
        item_id: page.pageId,
        language_tag: language,
        source_version_id: page.sourceVersionId,
        provider,
        characters: page.characters,
        requested_by: auth.user.id,
      })),
    );
    await queueTranslationJobs(
      trx,
      rows.map((row) => row.id),
    );
    await insertAuditEntry(trx, {
      action: 'translation.machine-translation-requested',
      regionId,
      userId: auth.user.id,
      details: { batchId, language, pages: rows.length, characters },
    });
  });
  return { ...outcome, batchId, budget: await loadBudget(ctx, where) };
}
