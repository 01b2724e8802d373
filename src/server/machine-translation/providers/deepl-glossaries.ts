// DeepL v2 glossaries (https://developers.deepl.com/api-reference/glossaries): one per language pair and set
// of entries, created once and found again by name, so repeated translations (and restarts) reuse it.
import { createHash } from 'node:crypto';
import type { ServiceAnswer } from './call-service.ts';
import { deeplError } from './deepl-errors.ts';

/** Sends one request to the DeepL API (path below the base URL). */
export type DeepLRequest = (path: string, init?: RequestInit) => Promise<ServiceAnswer>;

/** Terms with a fixed translation, as glossary entries. */
export interface GlossaryEntry {
  term: string;
  translation: string;
}

interface StoredGlossary {
  id: string;
  isReady: boolean;
}

/** Finds or creates the glossaries translations use. */
export interface DeepLGlossaries {
  /** The id of a ready glossary for the pair and entries; undefined when DeepL cannot have one for them. */
  idFor(
    sourceLang: string,
    targetLang: string,
    entries: readonly GlossaryEntry[],
  ): Promise<string | undefined>;
  /** Forgets a glossary that DeepL no longer accepts, so the next call creates it again. */
  forget(glossaryId: string): void;
}

/** Glossaries kept in memory by a hash of (languages, entries). */
export function createDeepLGlossaries(options: { request: DeepLRequest; apiKey: string }): DeepLGlossaries {
  const { request, apiKey } = options;
  const byName = new Map<string, Promise<StoredGlossary | undefined>>();
  const nameOf = new Map<string, string>();
  let pairs: Promise<Set<string>> | undefined;
  let existing: Promise<Map<string, StoredGlossary>> | undefined;

  const once = <T>(load: () => Promise<T>, reset: () => void) =>
    load().catch((error: unknown) => {
      reset();
      throw error;
    });

  const supportedPairs = () =>
    (pairs ??= once(
      async () => {
        const answer = await request('/v2/glossary-language-pairs');
        if (answer.status !== 200) throw deeplError(answer, { apiKey, isGlossaryEndpoint: true });
        const list = (answer.body as { supported_languages?: { source_lang: string; target_lang: string }[] })
          .supported_languages;
        return new Set((list ?? []).map((pair) => `${pair.source_lang}>${pair.target_lang}`.toLowerCase()));
      },
      () => (pairs = undefined),
    ));

  const existingGlossaries = () =>
    (existing ??= once(
      async () => {
        const answer = await request('/v2/glossaries');
        if (answer.status !== 200) throw deeplError(answer, { apiKey, isGlossaryEndpoint: true });
        const list = (answer.body as { glossaries?: { glossary_id: string; name: string; ready: boolean }[] })
          .glossaries;
        return new Map((list ?? []).map((g) => [g.name, { id: g.glossary_id, isReady: g.ready }]));
      },
      () => (existing = undefined),
    ));

  const create = async (name: string, sourceLang: string, targetLang: string, entries: string) => {
    if (!(await supportedPairs()).has(`${sourceLang}>${targetLang}`)) return undefined;
    const found = (await existingGlossaries()).get(name);
    if (found) return found;
    const answer = await request('/v2/glossaries', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name,
        source_lang: sourceLang,
        target_lang: targetLang,
        entries,
        entries_format: 'tsv',
      }),
    });
    if (answer.status === 400) return undefined;
    if (answer.status !== 201 && answer.status !== 200) {
      throw deeplError(answer, { apiKey, isGlossaryEndpoint: true });
    }
    const body = answer.body as { glossary_id: string; ready?: boolean };
    return { id: body.glossary_id, isReady: body.ready !== false };
  };

  const whenReady = async (glossary: StoredGlossary) => {
    if (glossary.isReady) return glossary.id;
    const answer = await request(`/v2/glossaries/${encodeURIComponent(glossary.id)}`);
    glossary.isReady = answer.status === 200 && (answer.body as { ready?: boolean }).ready === true;
    return glossary.isReady ? glossary.id : undefined;
  };

  return {
    async idFor(sourceLang, targetLang, entries) {
      const tsv = toTsv(entries);
      if (tsv === '') return undefined;
      const hash = createHash('sha256')
        .update(JSON.stringify([sourceLang, targetLang, tsv]))
        .digest('hex');
      const name = `Lotse ${sourceLang}>${targetLang} ${hash.slice(0, 16)}`;
      let stored = byName.get(name);
      if (!stored) {
        stored = create(name, sourceLang, targetLang, tsv);
        byName.set(name, stored);
        stored.catch(() => byName.delete(name));
      }
      const glossary = await stored;
      if (!glossary) return undefined;
      nameOf.set(glossary.id, name);
      return whenReady(glossary);
    },
    forget(glossaryId) {
      byName.delete(nameOf.get(glossaryId) ?? '');
      nameOf.delete(glossaryId);
      existing = undefined;
    },
  };
}

/**
 * Entries as DeepL's TSV: one "term<TAB>translation" line each; terms with tabs or line breaks, empty ones
 * and ones over DeepL's limit of 1024 UTF-8 bytes are left out, and only the first entry of a term is kept.
 */
function toTsv(entries: readonly GlossaryEntry[]): string {
  const lines = new Map<string, string>();
  for (const entry of entries) {
    const [term, translation] = [entry.term.trim(), entry.translation.trim()];
    const isUsable = [term, translation].every(
      (text) => text !== '' && !/[\t\r\n]/.test(text) && Buffer.byteLength(text) <= 1024,
    );
    if (isUsable && !lines.has(term)) lines.set(term, `${term}\t${translation}`);
  }
  return [...lines.values()].join('\n');
}
