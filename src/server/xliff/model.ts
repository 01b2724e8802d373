// The XLIFF documents Lotse writes and reads, independent of the XLIFF version, and how a page is named in them.
import type { InlineToken, SourceUnit } from './html-units.ts';

export type XliffVersion = '1.2' | '2.0';

/** Pages of one language pair to send to translators. */
export interface XliffExport {
  version: XliffVersion;
  sourceLanguage: string;
  targetLanguage: string;
  files: XliffExportFile[];
}

/** One page: its title and body units, optionally with translations to start from. */
export interface XliffExportFile {
  pageId: number;
  sourceVersionId: number;
  /** note for translators, e.g. the page's path */
  note?: string;
  title: { source: string; target?: string };
  units: { unit: SourceUnit; target?: readonly InlineToken[] }[];
}

/** What a (translated) XLIFF file contains, read and checked for form but not yet against the pages. */
export interface XliffImport {
  version: XliffVersion;
  sourceLanguage: string;
  targetLanguage: string;
  files: XliffImportFile[];
}

/** One page of an imported file. A unit without (usable) target is untranslated. */
export interface XliffImportFile {
  pageId: number;
  sourceVersionId: number;
  title?: { source: string; target?: string };
  units: { id: string; source: InlineToken[]; target?: InlineToken[] }[];
}

export const XLIFF_12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
export const XLIFF_20_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const METADATA_NAMESPACE = 'urn:oasis:names:tc:xliff:metadata:2.0';

/** The unit id of a page's title; body units are `b1`, `b2`, …. */
export const TITLE_UNIT_ID = 'title';

/** The `mda:metaGroup` category and `mda:meta` types that repeat the page and version in XLIFF 2.0. */
export const META = { category: 'lotse', pageId: 'page-id', sourceVersionId: 'source-version-id' } as const;

/** The id of a page's `<file>` in XLIFF 2.0: `page-12`. */
export function pageFileId(pageId: number): string {
  return `page-${pageId}`;
}

/** The page id in a file id such as `page-12`, or undefined when it is not one of Lotse's. */
export function parsePageFileId(fileId: string): number | undefined {
  const match = /^page-(\d{1,15})$/.exec(fileId.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * The `original` attribute of a page's `<file>`: `lotse:page/12@v345`, naming the page like Lotse's internal
 * links do and the source version it was made from. CAT tools keep `original`, as it names the file.
 */
export function pageOriginal(pageId: number, sourceVersionId: number): string {
  return `lotse:page/${pageId}@v${sourceVersionId}`;
}

/** Page and source version from an `original` attribute written by {@link pageOriginal}. */
export function parsePageOriginal(original: string): { pageId?: number; sourceVersionId?: number } {
  const match = /^lotse:page\/(\d{1,15})(?:@v(\d{1,15}))?$/.exec(original.trim());
  if (!match) return {};
  return { pageId: Number(match[1]), ...(match[2] ? { sourceVersionId: Number(match[2]) } : {}) };
}
