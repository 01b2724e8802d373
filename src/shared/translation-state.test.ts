import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  deriveTranslationProgress,
  deriveTranslationStates,
  languagesOutdatedBy,
  type VersionFacts,
} from './translation-state.ts';

const tree = new Map<string, string | null>([
  ['de', null],
  ['en', 'de'],
  ['fa', 'en'],
  ['ar', 'de'],
]);

function original(id: number, extra: Partial<VersionFacts> = {}): VersionFacts {
  return {
    id,
    status: 'published',
    isMinor: false,
    isMachineTranslated: false,
    sourceLanguage: null,
    sourceVersionId: null,
    ...extra,
  };
}

function translation(id: number, from: string, fromVersion: number, extra: Partial<VersionFacts> = {}) {
  return original(id, { sourceLanguage: from, sourceVersionId: fromVersion, ...extra });
}

function statesOf(versions: Record<string, VersionFacts[]>) {
  return Object.fromEntries(
    deriveTranslationStates({ sourceOf: tree, versionsByLanguage: new Map(Object.entries(versions)) }),
  );
}

describe('translation state', () => {
  it('is missing where a language has no published version, even with drafts', () => {
    const states = statesOf({ de: [original(1)], en: [translation(2, 'de', 1, { status: 'draft' })] });
    assert.equal(states.en, 'missing');
    assert.equal(states.fa, 'missing');
    assert.equal(states.ar, 'missing');
  });

  it('is missing for the root language when it has nothing published', () => {
    assert.equal(statesOf({ de: [original(1, { status: 'review' })] }).de, 'missing');
  });

  it('is up to date for the root and for translations of its newest version', () => {
    const states = statesOf({
      de: [original(1)],
      en: [translation(2, 'de', 1)],
      ar: [translation(3, 'de', 1)],
    });
    assert.deepEqual(states, { de: 'up-to-date', en: 'up-to-date', fa: 'missing', ar: 'up-to-date' });
  });

  it('is outdated when the source publishes a newer real change', () => {
    const states = statesOf({ de: [original(1), original(4)], en: [translation(2, 'de', 1)] });
    assert.equal(states.en, 'outdated');
  });

  it('stays up to date when the newer source version is a minor edit', () => {
    const states = statesOf({
      de: [original(1), original(4, { isMinor: true })],
      en: [translation(2, 'de', 1)],
    });
    assert.equal(states.en, 'up-to-date');
  });

  it('stays up to date when the newer source version is only a draft or in review', () => {
    const states = statesOf({
      de: [original(1), original(4, { status: 'draft' }), original(5, { status: 'review' })],
      en: [translation(2, 'de', 1)],
    });
    assert.equal(states.en, 'up-to-date');
  });

  it('is outdated when a real change follows a minor one', () => {
    const states = statesOf({
      de: [original(1), original(4, { isMinor: true }), original(6)],
      en: [translation(2, 'de', 1)],
    });
    assert.equal(states.en, 'outdated');
  });

  it('is up to date again once the translation is redone from the newest source', () => {
    const states = statesOf({
      de: [original(1), original(4)],
      en: [translation(2, 'de', 1), translation(7, 'de', 4)],
    });
    assert.equal(states.en, 'up-to-date');
  });

  it('looks at the newest published translation, not a newer draft of it', () => {
    const states = statesOf({
      de: [original(1), original(4)],
      en: [translation(2, 'de', 1), translation(7, 'de', 4, { status: 'draft' })],
    });
    assert.equal(states.en, 'outdated');
  });

  it('passes outdatedness down a chain (de → en → fa)', () => {
    const states = statesOf({
      de: [original(1), original(4)],
      en: [translation(2, 'de', 1)],
      fa: [translation(3, 'en', 2)],
    });
    assert.equal(states.en, 'outdated');
    assert.equal(states.fa, 'outdated');
  });

  it('keeps the end of a chain up to date when every link is current', () => {
    const states = statesOf({
      de: [original(1)],
      en: [translation(2, 'de', 1)],
      fa: [translation(3, 'en', 2)],
    });
    assert.equal(states.fa, 'up-to-date');
  });

  it('marks the end of a chain outdated when only its direct source changed', () => {
    const states = statesOf({
      de: [original(1)],
      en: [translation(2, 'de', 1), translation(5, 'de', 1)],
      fa: [translation(3, 'en', 2)],
    });
    assert.equal(states.en, 'up-to-date');
    assert.equal(states.fa, 'outdated');
  });

  it('treats a text written directly in a target language as made from the source at that time', () => {
    assert.equal(statesOf({ de: [original(1)], ar: [original(2)] }).ar, 'up-to-date');
    assert.equal(statesOf({ de: [original(1), original(3)], ar: [original(2)] }).ar, 'outdated');
  });

  it('ends instead of looping on a cyclic tree', () => {
    const cyclic = new Map<string, string | null>([
      ['en', 'fa'],
      ['fa', 'en'],
    ]);
    const states = deriveTranslationStates({
      sourceOf: cyclic,
      versionsByLanguage: new Map([
        ['en', [original(1)]],
        ['fa', [original(2)]],
      ]),
    });
    assert.equal(states.size, 2);
  });
});

function progressOf(versions: Record<string, VersionFacts[]>) {
  return Object.fromEntries(
    deriveTranslationProgress({ sourceOf: tree, versionsByLanguage: new Map(Object.entries(versions)) }),
  );
}

describe('translation progress, and what Integreat’s users reported as false “outdated” flags', () => {
  it('is not outdated by a machine translation published in the source language', () => {
    const states = statesOf({
      de: [original(1)],
      en: [translation(2, 'de', 1), translation(5, 'de', 1, { isMachineTranslated: true })],
      fa: [translation(3, 'en', 2)],
    });
    assert.equal(states.fa, 'up-to-date');
  });

  it('is not outdated by a draft or a minor edit of the source, and is by a published real change', () => {
    const base = { en: [translation(2, 'de', 1)] };
    assert.equal(statesOf({ ...base, de: [original(1), original(3, { status: 'draft' })] }).en, 'up-to-date');
    assert.equal(statesOf({ ...base, de: [original(1), original(3, { isMinor: true })] }).en, 'up-to-date');
    assert.equal(statesOf({ ...base, de: [original(1), original(3)] }).en, 'outdated');
  });

  it('shows work begun on a missing or outdated translation as in translation', () => {
    const progress = progressOf({
      de: [original(1), original(4)],
      en: [translation(2, 'de', 1), translation(5, 'de', 4, { status: 'draft' })],
      ar: [translation(6, 'de', 4, { status: 'review' })],
    });
    assert.deepEqual(progress, {
      de: 'up-to-date',
      en: 'in-translation',
      fa: 'missing',
      ar: 'in-translation',
    });
  });

  it('shows an unreviewed machine translation as awaiting review, and a reviewed one as up to date', () => {
    const waiting = progressOf({
      de: [original(1)],
      ar: [translation(2, 'de', 1, { status: 'draft', isMachineTranslated: true })],
    });
    assert.equal(waiting.ar, 'machine-translated');
    const reviewed = progressOf({
      de: [original(1)],
      ar: [translation(2, 'de', 1, { isMachineTranslated: true })],
    });
    assert.equal(reviewed.ar, 'up-to-date');
  });

  it('keeps an up-to-date translation up to date while someone edits it', () => {
    const progress = progressOf({
      de: [original(1)],
      en: [translation(2, 'de', 1), translation(3, 'de', 1, { status: 'draft' })],
    });
    assert.equal(progress.en, 'up-to-date');
  });
});

describe('the languages a publication outdates, for the translators’ notifications', () => {
  const outdatedBy = (versions: Record<string, VersionFacts[]>, versionId: number) =>
    languagesOutdatedBy(
      { sourceOf: tree, versionsByLanguage: new Map(Object.entries(versions)) },
      versionId,
    ).sort();

  it('names the translations, and the translations of translations, that were up to date before', () => {
    const versions = {
      de: [original(1), original(5)],
      en: [translation(2, 'de', 1)],
      fa: [translation(3, 'en', 2)],
      ar: [translation(4, 'de', 1)],
    };
    assert.deepEqual(outdatedBy(versions, 5), ['ar', 'en', 'fa']);
  });

  it('names none for a minor edit, a machine translation of the source or an unpublished version', () => {
    const translations = { en: [translation(2, 'de', 1)], ar: [translation(4, 'de', 1)] };
    assert.deepEqual(
      outdatedBy({ de: [original(1), original(5, { isMinor: true })], ...translations }, 5),
      [],
    );
    assert.deepEqual(
      outdatedBy({ de: [original(1), original(5, { isMachineTranslated: true })], ...translations }, 5),
      [],
    );
    assert.deepEqual(
      outdatedBy({ de: [original(1), original(5, { status: 'review' })], ...translations }, 5),
      [],
    );
  });

  it('names none that were outdated or missing already: each change is told once', () => {
    const versions = {
      de: [original(1), original(5), original(6)],
      en: [translation(2, 'de', 1)],
    };
    assert.deepEqual(outdatedBy(versions, 6), []);
  });

  it('names none when a translation itself is published', () => {
    const versions = {
      de: [original(1), original(5)],
      en: [translation(2, 'de', 1), translation(6, 'de', 5)],
    };
    assert.deepEqual(outdatedBy(versions, 6), []);
  });
});
