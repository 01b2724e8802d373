// The units of one page's <file>: 2.0 <unit>s with their <segment>s and <ignorable>s, 1.2 <trans-unit>s.
import type { InlineToken } from './html-units.ts';
import { tokensToText } from './html-units.ts';
import type { XliffImportFile, XliffVersion } from './model.ts';
import { TITLE_UNIT_ID } from './model.ts';
import type { XmlElement } from './parse-xml.ts';
import { hasText, readInline, tidyTokens } from './read-inline.ts';
import type { InlineReader } from './read-inline.ts';

/** What reading needs to know about the document, and where its problems go. */
export interface ReadContext {
  version: XliffVersion;
  namespace: string;
  problems: string[];
}

type ImportUnit = XliffImportFile['units'][number];

/** States in which a tool says the target is not a translation yet (it may be a copy of the source). */
const UNTRANSLATED_STATES = new Set(['initial', 'new', 'needs-translation']);

/** The XLIFF elements named `name` among `parent`'s children. */
export function childElements(parent: XmlElement, name: string, context: ReadContext): XmlElement[] {
  return parent.children.filter(
    (child): child is XmlElement =>
      typeof child !== 'string' && child.uri === context.namespace && child.name === name,
  );
}

/**
 * The title and body units of a page's `<file>` (`<body>` in 1.2), looking into groups. `label` names the
 * file in problems, e.g. `page-12`.
 */
export function readUnits(
  container: XmlElement,
  label: string,
  context: ReadContext,
): Pick<XliffImportFile, 'title' | 'units'> {
  const result: Pick<XliffImportFile, 'title' | 'units'> = { units: [] };
  const seen = new Set<string>();
  const unitName = context.version === '2.0' ? 'unit' : 'trans-unit';
  const visit = (parent: XmlElement) => {
    for (const child of parent.children) {
      if (typeof child === 'string' || child.uri !== context.namespace) continue;
      if (child.name === 'group') visit(child);
      if (child.name !== unitName) continue;
      const id = child.attributes.id?.trim();
      if (!id) {
        context.problems.push(`Line ${child.line}: a <${unitName}> in ${label} has no id.`);
        continue;
      }
      if (seen.has(id)) context.problems.push(`Line ${child.line}: unit "${id}" appears twice in ${label}.`);
      seen.add(id);
      const unit = readUnit(child, id, `Unit "${id}" in ${label}`, context);
      if (!unit) continue;
      if (id !== TITLE_UNIT_ID) result.units.push(unit);
      else result.title = { source: tokensToText(unit.source), ...targetText(unit.target) };
    }
  };
  visit(container);
  return result;
}

function readUnit(unit: XmlElement, id: string, label: string, context: ReadContext): ImportUnit | undefined {
  const reader: InlineReader = {
    version: context.version,
    namespace: context.namespace,
    report: (line, message) => context.problems.push(`${label} (line ${line}): ${message}.`),
  };
  const parts =
    context.version === '2.0'
      ? unit.children.filter(
          (child): child is XmlElement =>
            typeof child !== 'string' &&
            child.uri === context.namespace &&
            (child.name === 'segment' || child.name === 'ignorable'),
        )
      : [unit];
  if (parts.length === 0) {
    context.problems.push(`${label} (line ${unit.line}): it has no <segment>.`);
    return undefined;
  }
  const source: InlineToken[] = [];
  const target: InlineToken[] = [];
  let isTranslated = true;
  for (const part of parts) {
    const sourceElement =
      childElements(part, 'source', context)[0] ?? childElements(part, 'seg-source', context)[0];
    const targetElement = childElements(part, 'target', context)[0];
    if (!sourceElement) {
      context.problems.push(`${label} (line ${part.line}): <${part.name}> without <source>.`);
      return undefined;
    }
    const partSource: InlineToken[] = [];
    readInline(sourceElement, reader, partSource);
    source.push(...partSource);
    if (part.name === 'ignorable') {
      readInline(targetElement ?? sourceElement, reader, target);
      continue;
    }
    const state = (context.version === '2.0' ? part : targetElement)?.attributes.state;
    if (!targetElement || (state !== undefined && UNTRANSLATED_STATES.has(state))) {
      // A segment of only codes or spaces needs no translation; one with text makes the unit untranslated.
      if (hasText(partSource)) isTranslated = false;
      else target.push(...partSource);
      continue;
    }
    const partTarget: InlineToken[] = [];
    readInline(targetElement, reader, partTarget);
    if (hasText(partSource) && !hasText(partTarget)) isTranslated = false;
    target.push(...partTarget);
  }
  const tidyTarget = tidyTokens(target);
  return {
    id,
    source: tidyTokens(source),
    ...(isTranslated && hasText(tidyTarget) ? { target: tidyTarget } : {}),
  };
}

function targetText(tokens: readonly InlineToken[] | undefined): { target?: string } {
  return tokens ? { target: tokensToText(tokens) } : {};
}
