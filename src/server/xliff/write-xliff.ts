// XLIFF 1.2 and 2.0 files of pages for translation agencies.
import type { InlineToken, SourceUnit } from './html-units.ts';
import type { XliffExport, XliffExportFile } from './model.ts';
import {
  META,
  METADATA_NAMESPACE,
  TITLE_UNIT_ID,
  XLIFF_12_NAMESPACE,
  XLIFF_20_NAMESPACE,
  pageFileId,
  pageOriginal,
} from './model.ts';
import { inlineXml } from './write-inline.ts';
import { xmlAttributes, xmlText } from './xml-text.ts';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const TITLE_NOTE = 'The title of the page.';
const ALT_NOTE = 'The text alternative of an image: what the image shows, for people who cannot see it.';

/** One unit as both versions need it: content already written as inline XML. */
interface UnitXml {
  id: string;
  source: string;
  target?: string;
  note?: string;
}

/** Writes pages as an XLIFF 1.2 or 2.0 document (UTF-8, indented), with their source versions recorded. */
export function writeXliff(doc: XliffExport): string {
  const lines =
    doc.version === '2.0'
      ? [
          `<xliff${xmlAttributes({ xmlns: XLIFF_20_NAMESPACE, 'xmlns:mda': METADATA_NAMESPACE, version: '2.0', srcLang: doc.sourceLanguage, trgLang: doc.targetLanguage })}>`,
          ...doc.files.flatMap((file) => indent(file20(file))),
        ]
      : [
          `<xliff${xmlAttributes({ xmlns: XLIFF_12_NAMESPACE, version: '1.2' })}>`,
          ...doc.files.flatMap((file) =>
            indent(file12(file, { source: doc.sourceLanguage, target: doc.targetLanguage })),
          ),
        ];
  return [DECLARATION, ...lines, '</xliff>', ''].join('\n');
}

function file20(file: XliffExportFile): string[] {
  const meta = (type: string, value: number) => `<mda:meta${xmlAttributes({ type })}>${value}</mda:meta>`;
  return [
    `<file${xmlAttributes({ id: pageFileId(file.pageId), original: pageOriginal(file.pageId, file.sourceVersionId) })}>`,
    ...indent([
      '<mda:metadata>',
      `  <mda:metaGroup${xmlAttributes({ category: META.category })}>`,
      `    ${meta(META.pageId, file.pageId)}`,
      `    ${meta(META.sourceVersionId, file.sourceVersionId)}`,
      '  </mda:metaGroup>',
      '</mda:metadata>',
      ...(file.note === undefined
        ? []
        : ['<notes>', `  <note category="location">${xmlText(file.note)}</note>`, '</notes>']),
      ...unitsOf(file, '2.0').flatMap(unit20),
    ]),
    '</file>',
  ];
}

function unit20(unit: UnitXml): string[] {
  const state = unit.target === undefined ? undefined : 'translated';
  return [
    `<unit${xmlAttributes({ id: unit.id })}>`,
    ...indent([
      ...(unit.note === undefined ? [] : ['<notes>', `  <note>${xmlText(unit.note)}</note>`, '</notes>']),
      `<segment${xmlAttributes({ state })}>`,
      `  <source>${unit.source}</source>`,
      ...(unit.target === undefined ? [] : [`  <target>${unit.target}</target>`]),
      '</segment>',
    ]),
    '</unit>',
  ];
}

function file12(file: XliffExportFile, languages: { source: string; target: string }): string[] {
  const attributes = {
    original: pageOriginal(file.pageId, file.sourceVersionId),
    datatype: 'html',
    'source-language': languages.source,
    'target-language': languages.target,
  };
  return [
    `<file${xmlAttributes(attributes)}>`,
    ...indent([
      ...(file.note === undefined ? [] : ['<header>', `  <note>${xmlText(file.note)}</note>`, '</header>']),
      '<body>',
      ...indent(unitsOf(file, '1.2').flatMap(unit12)),
      '</body>',
    ]),
    '</file>',
  ];
}

function unit12(unit: UnitXml): string[] {
  return [
    `<trans-unit${xmlAttributes({ id: unit.id })}>`,
    `  <source>${unit.source}</source>`,
    ...(unit.target === undefined ? [] : [`  <target state="translated">${unit.target}</target>`]),
    ...(unit.note === undefined ? [] : [`  <note>${xmlText(unit.note)}</note>`]),
    '</trans-unit>',
  ];
}

/** The title and body units of a page with their content as inline XML of the given version. */
function unitsOf(file: XliffExportFile, version: '1.2' | '2.0'): UnitXml[] {
  const title: UnitXml = { id: TITLE_UNIT_ID, source: xmlText(file.title.source), note: TITLE_NOTE };
  if (file.title.target !== undefined && file.title.target !== '') title.target = xmlText(file.title.target);
  const body = file.units.map(({ unit, target }) => bodyUnit(unit, target, version));
  return [title, ...body];
}

function bodyUnit(
  unit: SourceUnit,
  target: readonly InlineToken[] | undefined,
  version: '1.2' | '2.0',
): UnitXml {
  const xml: UnitXml = { id: unit.id, source: inlineXml(unit.tokens, unit.codes, version) };
  if (target !== undefined && target.length > 0) xml.target = inlineXml(target, unit.codes, version);
  if (unit.kind === 'alt') xml.note = ALT_NOTE;
  return xml;
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}
