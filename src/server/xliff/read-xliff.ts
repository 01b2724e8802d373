// Reads a translated XLIFF 1.2 or 2.0 file of pages, checking everything that does not need the database.
import type { XliffImport, XliffImportFile, XliffVersion } from './model.ts';
import {
  META,
  METADATA_NAMESPACE,
  XLIFF_12_NAMESPACE,
  XLIFF_20_NAMESPACE,
  parsePageFileId,
  parsePageOriginal,
} from './model.ts';
import type { XmlElement } from './parse-xml.ts';
import { parseXml } from './parse-xml.ts';
import type { ReadContext } from './read-units.ts';
import { childElements, readUnits } from './read-units.ts';
import { XliffError } from './xliff-error.ts';

export { XliffError } from './xliff-error.ts';

/** Files larger than this are refused unless `maxBytes` says otherwise. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const LANGUAGE_TAG = /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/;

/**
 * Reads an XLIFF file that translators send back. Throws an {@link XliffError} listing every problem: not
 * well-formed, hostile (DTD, entities), too large, another XLIFF version, languages missing, files that are
 * not Lotse pages or lack their source version, broken units or inline codes. Untranslated units (no target,
 * an empty one, or one in state initial/new) are not problems: they come back without `target`.
 */
export function readXliff(xml: string, options: { maxBytes?: number } = {}): XliffImport {
  const root = parseXml(xml, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  const version = detectVersion(root);
  const context: ReadContext = { version, namespace: root.uri, problems: [] };
  const fileElements = childElements(root, 'file', context);
  if (fileElements.length === 0) context.problems.push('The file contains no <file>, so no pages.');
  const languages =
    version === '2.0'
      ? [languagesOf(root, 'srcLang', 'trgLang', context)]
      : fileElements.map((file) => languagesOf(file, 'source-language', 'target-language', context));
  const [first] = languages;
  if (languages.some((pair) => pair.source !== first?.source || pair.target !== first?.target)) {
    context.problems.push('The files in it are in different languages; one import holds one language pair.');
  }
  const files = fileElements.flatMap((file) => readFile(file, context));
  const pageIds = files.map((file) => file.pageId);
  for (const pageId of new Set(pageIds.filter((id, index) => pageIds.indexOf(id) !== index))) {
    context.problems.push(`Page ${pageId} appears in more than one <file>.`);
  }
  if (context.problems.length > 0) throw new XliffError(context.problems);
  return { version, sourceLanguage: first?.source ?? '', targetLanguage: first?.target ?? '', files };
}

function detectVersion(root: XmlElement): XliffVersion {
  const version = root.attributes.version ?? '';
  if (root.name !== 'xliff')
    throw new XliffError([`The file is not XLIFF: its root element is <${root.name}>.`]);
  if (root.uri === XLIFF_20_NAMESPACE && version === '2.0') return '2.0';
  if ((root.uri === XLIFF_12_NAMESPACE || root.uri === '') && version === '1.2') return '1.2';
  if (version === '1.2' || version === '2.0') {
    const namespace = root.uri === '' ? 'no namespace' : `the namespace "${root.uri}"`;
    throw new XliffError([
      `The file says it is XLIFF ${version} but has ${namespace}, which does not match.`,
    ]);
  }
  const said = version === '' ? 'no version' : `version "${version}"`;
  throw new XliffError([`The file is XLIFF with ${said}; Lotse reads XLIFF 1.2 and 2.0.`]);
}

function languagesOf(element: XmlElement, sourceName: string, targetName: string, context: ReadContext) {
  const pair = { source: element.attributes[sourceName]?.trim() ?? '', target: '' };
  pair.target = element.attributes[targetName]?.trim() ?? '';
  for (const [name, value, what] of [
    [sourceName, pair.source, 'the language translated from'],
    [targetName, pair.target, 'the language translated into'],
  ] as const) {
    const where = `Line ${element.line}: <${element.name}>`;
    if (value === '') context.problems.push(`${where} does not say ${what} (${name}).`);
    else if (!LANGUAGE_TAG.test(value))
      context.problems.push(`${where}: "${value}" is not a language tag (${name}).`);
  }
  return pair;
}

function readFile(file: XmlElement, context: ReadContext): XliffImportFile[] {
  const original = parsePageOriginal(file.attributes.original ?? '');
  const meta = context.version === '2.0' ? readMetadata(file, context) : {};
  const pageIds = distinct([parsePageFileId(file.attributes.id ?? ''), original.pageId, meta.pageId]);
  const versionIds = distinct([original.sourceVersionId, meta.sourceVersionId]);
  const hasPage = pageIds.length === 1;
  const label = hasPage ? `page-${pageIds[0]}` : `the <file> on line ${file.line}`;
  const subject = `Line ${file.line}: ${hasPage ? label : 'the <file>'}`;
  const problemsBefore = context.problems.length;
  if (pageIds.length === 0) {
    const named = file.attributes.original ?? file.attributes.id;
    const expected =
      context.version === '2.0'
        ? 'id should be "page-<number>"'
        : 'original should be "lotse:page/<number>@v<version>"';
    context.problems.push(`${subject}${named ? ` "${named}"` : ''} is not a Lotse page: its ${expected}.`);
  } else if (pageIds.length > 1) {
    context.problems.push(`${subject} names different pages: ${pageIds.join(', ')}.`);
  }
  if (versionIds.length === 0) {
    context.problems.push(
      `${subject} does not record the source version it was made from (original="lotse:page/<number>@v<version>").`,
    );
  } else if (versionIds.length > 1) {
    context.problems.push(`${subject} records different source versions: ${versionIds.join(', ')}.`);
  }
  const container = context.version === '2.0' ? file : childElements(file, 'body', context)[0];
  if (!container) {
    context.problems.push(`${subject} has no <body>.`);
    return [];
  }
  const content = readUnits(container, label, context);
  if (context.problems.length > problemsBefore) return [];
  return [{ pageId: pageIds[0] as number, sourceVersionId: versionIds[0] as number, ...content }];
}

/** Page and source version repeated in `<mda:metadata>` (XLIFF 2.0), where a tool kept them. */
function readMetadata(file: XmlElement, context: ReadContext): { pageId?: number; sourceVersionId?: number } {
  const result: { pageId?: number; sourceVersionId?: number } = {};
  const metaContext = { ...context, namespace: METADATA_NAMESPACE };
  for (const metadata of childElements(file, 'metadata', metaContext)) {
    for (const group of childElements(metadata, 'metaGroup', metaContext)) {
      if (group.attributes.category !== META.category) continue;
      for (const meta of childElements(group, 'meta', metaContext)) {
        const value = meta.children
          .filter((child) => typeof child === 'string')
          .join('')
          .trim();
        if (!/^\d{1,15}$/.test(value)) continue;
        if (meta.attributes.type === META.pageId) result.pageId = Number(value);
        if (meta.attributes.type === META.sourceVersionId) result.sourceVersionId = Number(value);
      }
    }
  }
  return result;
}

function distinct(values: (number | undefined)[]): number[] {
  return [...new Set(values.filter((value): value is number => value !== undefined))];
}
