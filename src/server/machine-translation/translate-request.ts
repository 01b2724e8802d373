import { isPublishedOnlyAfterReview } from '../../shared/languages.ts';
import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import { findVersion } from '../content/repo.ts';
import { glossaryForLanguage } from '../glossary/service.ts';
import type { JobHandler } from '../jobs/runner.ts';
import { listVersions } from '../page-editing/repo.ts';
import { savePageVersion, VersionConflictError } from '../pages/service.ts';
import { listRegionLanguages } from '../regions/repo.ts';
import { loadTranslationMemory, pretranslate } from '../translation-memory/service.ts';
import { mergeTranslations, type InlineToken } from '../xliff/html-units.ts';
import { markedHtmlToText, markedHtmlToTokens, textsToSend } from './marked-html.ts';
import {
  countBillableCharacters,
  MachineTranslationError,
  type MachineTranslationRequest,
  type MachineTranslator,
} from './providers/provider.ts';
import {
  findMachineTranslation,
  finishMachineTranslation,
  releaseCharacters,
  reserveCharacters,
  type MachineTranslationRow,
} from './repo.ts';
import { leftOutMessage, whyNotTranslate } from './service.ts';

/** DeepL takes at most 50 texts per request. */
const textsPerRequest = 50;

/**
 * The job that carries out one requested machine translation. It never translates a request twice (a
 * finished request is left alone), retries while the provider is busy or down, and records for good why it
 * failed once retrying cannot help.
 */
export function machineTranslationJobHandler(ctx: AppContext): JobHandler {
  return async (payload, { isLastAttempt }) => {
    const request = await findMachineTranslation(ctx.db, Number(payload.requestId));
    if (!request || request.status !== 'queued') return;
    try {
      await translateRequest(ctx, request);
    } catch (error) {
      if (error instanceof MachineTranslationError && error.isRetryable && !isLastAttempt) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      await finishMachineTranslation(ctx.db, request.id, { status: 'failed', reason });
      if (!(error instanceof MachineTranslationError)) throw error;
    }
  };
}

async function translateRequest(ctx: AppContext, request: MachineTranslationRow) {
  const regionId = request.region_id;
  const language = request.language_tag;
  const target = (await listRegionLanguages(ctx.db, regionId)).find((entry) => entry.tag === language);
  const translator = ctx.translators[request.provider];
  if (!target || !translator) {
    throw new MachineTranslationError(
      'misconfigured',
      `${request.provider} is not set up for "${language}".`,
    );
  }
  const source = await findVersion(ctx.db, {
    regionId,
    itemId: request.item_id,
    versionId: request.source_version_id,
  });
  if (!source) throw new MachineTranslationError('rejected', 'The source version is gone.');
  const versions = await listVersions(ctx.db, { regionId, pageId: request.item_id, language });
  const leftOut = whyNotTranslate(versions, source.id);
  if (leftOut) {
    await finishMachineTranslation(ctx.db, request.id, {
      status: 'skipped',
      reason: leftOutMessage(leftOut),
    });
    return;
  }

  const memory = await loadTranslationMemory(ctx, {
    regionId,
    sourceLanguage: source.language_tag,
    targetLanguage: language,
  });
  const known = pretranslate(memory, { title: source.title, html: source.content_html });
  const texts = textsToSend(known, source.title);
  const characters = countBillableCharacters(texts);
  if (characters > 0 && !(await reserveCharacters(ctx.db, regionId, characters))) {
    throw new MachineTranslationError(
      'quota-exhausted',
      `The region’s machine translation budget for this month has not ${characters} characters left.`,
    );
  }
  let translated: string[];
  try {
    translated = await translateInChunks(translator, texts, {
      sourceLanguage: source.language_tag,
      targetLanguage: language,
      formality: target.machine_translation_formality ?? undefined,
      glossary: await glossaryForLanguage(ctx, regionId, language),
    });
  } catch (error) {
    await releaseCharacters(ctx.db, regionId, characters);
    throw error;
  }

  const targets = new Map<string, InlineToken[]>(known.targets);
  known.remaining.forEach((unit, index) => targets.set(unit.id, markedHtmlToTokens(translated[index] ?? '')));
  const title = known.title ?? markedHtmlToText(translated[known.remaining.length] ?? '') ?? source.title;
  const isPublished = target.may_publish_machine_translation && !isPublishedOnlyAfterReview(target.tag);
  try {
    await savePageVersion(
      ctx,
      {
        regionId,
        pageId: request.item_id,
        expectedNewestVersionId: versions[0]?.id ?? null,
        alsoInTransaction: async (trx, version) => {
          await finishMachineTranslation(trx, request.id, {
            status: 'done',
            characters,
            memoryUnits: known.memoryUnits,
            resultVersionId: version.id,
          });
          await insertAuditEntry(trx, {
            action: 'translation.machine-translated',
            regionId,
            userId: request.requested_by,
            details: {
              pageId: request.item_id,
              language,
              versionId: version.id,
              sourceVersionId: source.id,
              provider: request.provider,
              characters,
              isPublished,
            },
          });
        },
      },
      {
        language,
        title,
        contentHtml: mergeTranslations(source.content_html, targets).html,
        status: isPublished ? 'published' : 'draft',
        isMachineTranslated: true,
        authorId: request.requested_by,
        source: { language: source.language_tag, versionId: source.id },
      },
    );
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    await finishMachineTranslation(ctx.db, request.id, {
      status: 'skipped',
      reason: 'Someone saved this translation while it was being translated; nothing was replaced.',
      characters,
    });
  }
}

async function translateInChunks(
  translator: MachineTranslator,
  texts: string[],
  options: Omit<MachineTranslationRequest, 'texts'>,
): Promise<string[]> {
  const translated: string[] = [];
  for (let start = 0; start < texts.length; start += textsPerRequest) {
    const chunk = texts.slice(start, start + textsPerRequest);
    translated.push(...(await translator.translate({ ...options, texts: chunk })));
  }
  return translated;
}
