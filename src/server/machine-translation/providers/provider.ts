// The contract every machine translation service (DeepL, LibreTranslate) is used through.
import { htmlTextLength } from './html-tokens.ts';

export type ProviderName = 'deepl' | 'libretranslate';

/** A term of a region's glossary. */
export interface GlossaryTerm {
  term: string;
  /** null: keep the term as it is (do not translate) */
  translation: string | null;
}

export interface MachineTranslationRequest {
  /** HTML fragments (a page body or a title), translated one to one, in order. */
  texts: readonly string[];
  /** Lotse language tags. */
  sourceLanguage: string;
  targetLanguage: string;
  formality?: 'more' | 'less' | undefined;
  glossary?: readonly GlossaryTerm[] | undefined;
}

export interface MachineTranslator {
  readonly provider: ProviderName;
  /** Whether this provider can translate between the two Lotse languages (no request needed). */
  supports(sourceLanguage: string, targetLanguage: string): boolean;
  translate(request: MachineTranslationRequest): Promise<string[]>;
}

export type MachineTranslationFailure =
  'quota-exhausted' | 'rate-limited' | 'unavailable' | 'rejected' | 'unsupported-language' | 'misconfigured';

/** Why a translation failed, in words for people; never contains the API key. */
export class MachineTranslationError extends Error {
  readonly reason: MachineTranslationFailure;
  /** How long the service asked us to wait before trying again, when it said so. */
  readonly retryAfterMs: number | undefined;

  constructor(
    reason: MachineTranslationFailure,
    message: string,
    options: { retryAfterMs?: number | undefined; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MachineTranslationError';
    this.reason = reason;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Whether the same request may succeed later without anyone changing anything. */
  get isRetryable(): boolean {
    return this.reason === 'rate-limited' || this.reason === 'unavailable';
  }
}

/**
 * The characters a request is billed for, counted before sending (to enforce a budget). DeepL bills the
 * Unicode code points of the source text and, with tag_handling=html, not the tags; Lotse uses the same
 * count for LibreTranslate.
 */
export function countBillableCharacters(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + htmlTextLength(text), 0);
}
