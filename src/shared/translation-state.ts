/** Where a translation stands. Derived from the versions, never stored. */
export type TranslationState = 'missing' | 'outdated' | 'up-to-date';

/** What the derivation needs to know of one version of an item in one language. */
export interface VersionFacts {
  id: number;
  status: 'draft' | 'review' | 'published';
  isMinor: boolean;
  /** Made by machine translation (and not yet rewritten by a person). */
  isMachineTranslated: boolean;
  /** The language and version this text was translated from; null when written in this language. */
  sourceLanguage: string | null;
  sourceVersionId: number | null;
}

export interface TranslationStateInput {
  /** Each enabled language and the language it is translated from (null for the root). */
  sourceOf: ReadonlyMap<string, string | null>;
  /** The versions of one item, per language, in any order. */
  versionsByLanguage: ReadonlyMap<string, readonly VersionFacts[]>;
}

/**
 * The translation state of one item in every enabled language. A language is outdated when its source
 * language has published a newer real change than the one this translation was made from, or when its
 * source is itself outdated (de → en → fa: a change in German outdates English and Farsi). A real change
 * is published, not minor and not a machine translation: drafts, minor edits and machine translations of
 * the source never outdate what people translated.
 */
export function deriveTranslationStates(input: TranslationStateInput): Map<string, TranslationState> {
  const states = new Map<string, TranslationState>();
  const visiting = new Set<string>();

  const stateOf = (language: string): TranslationState => {
    const known = states.get(language);
    if (known) return known;
    if (visiting.has(language)) return 'up-to-date'; // a cycle in a broken tree ends here
    visiting.add(language);
    const state = deriveOne(language, input, stateOf);
    visiting.delete(language);
    states.set(language, state);
    return state;
  };

  for (const language of input.sourceOf.keys()) stateOf(language);
  return states;
}

function deriveOne(
  language: string,
  input: TranslationStateInput,
  stateOf: (language: string) => TranslationState,
): TranslationState {
  const published = newestPublished(input.versionsByLanguage.get(language) ?? []);
  if (!published) return 'missing';
  const treeSource = input.sourceOf.get(language) ?? null;
  if (treeSource === null) return 'up-to-date';

  // A text written directly in this language counts as made from whatever the source had at the time.
  const basisLanguage = published.sourceLanguage ?? treeSource;
  const basisVersionId = published.sourceVersionId ?? published.id;
  const sourceVersions = input.versionsByLanguage.get(basisLanguage) ?? [];
  const hasNewerRealChange = sourceVersions.some(
    (version) =>
      version.status === 'published' &&
      !version.isMinor &&
      !version.isMachineTranslated &&
      version.id > basisVersionId,
  );
  if (hasNewerRealChange) return 'outdated';
  return stateOf(treeSource) === 'outdated' ? 'outdated' : 'up-to-date';
}

/**
 * Where the work on a translation stands, for the translators' overview: the state above, except that a
 * missing or outdated language with newer unpublished work is "in translation" — or "machine-translated"
 * when that work is a machine translation awaiting a person's review.
 */
export type TranslationProgress = TranslationState | 'in-translation' | 'machine-translated';

export const TRANSLATION_PROGRESS: readonly TranslationProgress[] = [
  'missing',
  'outdated',
  'in-translation',
  'machine-translated',
  'up-to-date',
];

/**
 * The progress of one item in every enabled language (see TranslationProgress), on top of its states when
 * they are derived already.
 */
export function deriveTranslationProgress(
  input: TranslationStateInput,
  states: Map<string, TranslationState> = deriveTranslationStates(input),
): Map<string, TranslationProgress> {
  const progress = new Map<string, TranslationProgress>();
  for (const [language, state] of states) {
    const versions = input.versionsByLanguage.get(language) ?? [];
    const published = newestPublished(versions);
    const work = versions
      .filter((version) => version.status !== 'published' && version.id > (published?.id ?? 0))
      .sort((a, b) => b.id - a.id)[0];
    if (state === 'up-to-date' || !work) progress.set(language, state);
    else progress.set(language, work.isMachineTranslated ? 'machine-translated' : 'in-translation');
  }
  return progress;
}

/** The public text of a language: its newest published version. */
export function newestPublished<T extends Pick<VersionFacts, 'id' | 'status'>>(
  versions: readonly T[],
): T | undefined {
  let newest: T | undefined;
  for (const version of versions) {
    if (version.status === 'published' && (!newest || version.id > newest.id)) newest = version;
  }
  return newest;
}

/**
 * The languages that publishing the given version makes outdated: up to date without it, outdated with
 * it. A draft, a minor edit or a machine translation of the source outdates none (see above).
 */
export function languagesOutdatedBy(input: TranslationStateInput, versionId: number): string[] {
  const before = deriveTranslationStates({
    sourceOf: input.sourceOf,
    versionsByLanguage: new Map(
      [...input.versionsByLanguage].map(([language, versions]) => [
        language,
        versions.filter((version) => version.id !== versionId),
      ]),
    ),
  });
  const after = deriveTranslationStates(input);
  return [...after]
    .filter(([language, state]) => state === 'outdated' && before.get(language) === 'up-to-date')
    .map(([language]) => language);
}
