// Reads XML into a small element tree, refusing what could harm the server: DTDs and entity declarations
// (external entities, entity-expansion bombs), oversized files, absurd nesting.
import { SaxesParser } from 'saxes';
import { XliffError } from './xliff-error.ts';

/** An element: local name, namespace, attributes (`xml:space`, `{uri}name` for other namespaces). */
export interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
  /** Whether `xml:space="preserve"` applies here (set here or on an ancestor). */
  isSpacePreserved: boolean;
}

export type XmlNode = XmlElement | string;

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const MAX_DEPTH = 200;
/** Why a file with a DOCTYPE or entity declarations is refused. */
export const HOSTILE_MESSAGE =
  'The file declares a DOCTYPE or entities; Lotse does not read those, as they can be used to attack the server.';

/** Stops the parser from inside one of its handlers. */
class Stop extends Error {}

/** Parses `xml` (at most `maxBytes` of UTF-8) into its root element, or throws an {@link XliffError}. */
export function parseXml(xml: string, options: { maxBytes: number }): XmlElement {
  const size = Buffer.byteLength(xml, 'utf8');
  if (size > options.maxBytes) {
    const limit = formatSize(options.maxBytes);
    throw new XliffError(
      [`The file is larger than ${limit}, the most Lotse imports at once.`],
      'payload_too_large',
    );
  }
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(xml);
  if (declaration) throw new XliffError([`${where(lineAt(xml, declaration.index))}: ${HOSTILE_MESSAGE}`]);

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let problem: string | undefined;
  const stop = (message: string): never => {
    problem = message;
    throw new Stop();
  };
  parser.on('doctype', () => stop(`${where(parser.line)}: ${HOSTILE_MESSAGE}`));
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_DEPTH) stop(`${where(parser.line)}: elements are nested too deeply.`);
    const parent = stack.at(-1);
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      const { uri, local, value } = attribute;
      const key = uri === '' ? local : uri === XML_NAMESPACE ? `xml:${local}` : `{${uri}}${local}`;
      attributes[key] = value;
    }
    const space = attributes['xml:space'];
    const element: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attributes,
      children: [],
      line: parser.line,
      isSpacePreserved: space === undefined ? (parent?.isSpacePreserved ?? false) : space === 'preserve',
    };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (text: string) => {
    const parent = stack.at(-1);
    if (!parent) return;
    const last = parent.children.at(-1);
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
    else parent.children.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(xml.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    if (error instanceof Stop && problem !== undefined) throw new XliffError([problem]);
    const message = error instanceof Error ? error.message.replace(/^\d+:\d+: /, '') : String(error);
    throw new XliffError([
      `Line ${parser.line}, column ${parser.column}: the file is not well-formed XML: ${message}`,
    ]);
  }
  if (!root) throw new XliffError(['The file is empty.']);
  return root;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

function where(line: number): string {
  return `Line ${line}`;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
