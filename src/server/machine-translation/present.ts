import type { loadMachineTranslationStatus } from './service.ts';
import type { MachineTranslationRow, listRecentBatches } from './repo.ts';

type BatchSummaryRow = Awaited<ReturnType<typeof listRecentBatches>>[number];

/** A batch's counts as the API shows them. */
export function presentBatchSummary(row: BatchSummaryRow) {
  return {
    id: row.batch_id,
    language: row.language_tag,
    createdAt: new Date(row.created_at).toISOString(),
    total: Number(row.total),
    queued: Number(row.queued),
    done: Number(row.done),
    skipped: Number(row.skipped),
    failed: Number(row.failed),
    characters: Number(row.characters ?? 0),
  };
}

/** Where machine translation stands in a region, as the API shows it. */
export function presentMachineTranslationStatus(
  status: Awaited<ReturnType<typeof loadMachineTranslationStatus>>,
) {
  return {
    budget: status.budget,
    providers: status.providers,
    languages: status.languages.map((language) => ({
      tag: language.tag,
      source: language.source_language_tag,
      provider: language.machine_translation_provider,
      formality: language.machine_translation_formality,
      mayPublishDirectly: language.may_publish_machine_translation,
      isAvailable: language.isAvailable,
    })),
    batches: status.batches.map(presentBatchSummary),
  };
}

/** One batch with each of its requests. */
export function presentBatch(summary: BatchSummaryRow, rows: MachineTranslationRow[]) {
  return {
    ...presentBatchSummary(summary),
    items: rows.map((row) => ({
      id: row.id,
      pageId: row.item_id,
      status: row.status,
      reason: row.reason,
      characters: row.characters,
      memoryUnits: row.memory_units,
      resultVersionId: row.result_version_id,
    })),
  };
}
