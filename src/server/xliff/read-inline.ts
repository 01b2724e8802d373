// The content of an XLIFF <source> or <target> as tokens: text, and inline codes mapped to open, close and
// placeholder by their ids, in both versions and in the forms CAT tools commonly write.
import type { InlineToken } from './html-units.ts';
import type { XliffVersion } from './model.ts';
import type { XmlElement, XmlNode } from './parse-xml.ts';

/** Where inline content is read: version, XLIFF namespace, and where problems go. */
export interface InlineReader {
  version: XliffVersion;
  namespace: string;
  /** Records a problem found in the element on `line`. */
  report: (line: number, message: string) => void;
}

/**
 * Appends the tokens of `element`'s content to `tokens`. 1.2 `<bpt>`/`<ept>`/`<ph>`/`<it>` hold original
 * code, which is not read: the codes are rebuilt from the source page on import.
 */
export function readInline(element: XmlElement, reader: InlineReader, tokens: InlineToken[]): void {
  /** Codes opened by `<sc>` (2.0) or `<bx>`/`<bpt>` (1.2), by the id or rid their end element refers to. */
  const starts = new Map<string, string>();
  const emit = (kind: 'open' | 'close' | 'placeholder', id: string | undefined) => {
    if (id === undefined) return;
    tokens.push(kind === 'open' ? { open: id } : kind === 'close' ? { close: id } : { placeholder: id });
  };
  const visit = (node: XmlNode, parent: XmlElement) => {
    if (typeof node === 'string') {
      if (parent.isSpacePreserved) return void tokens.push({ text: node });
      const previous = tokens.at(-1);
      const isAfterSpace = previous !== undefined && 'text' in previous && previous.text.endsWith(' ');
      const text = node.replace(/[ \t\r\n]+/g, ' ');
      return void tokens.push({ text: isAfterSpace ? text.replace(/^ /, '') : text });
    }
    const tag = `<${node.name}>`;
    const id = (name = 'id') => codeId(node, name, reader);
    /** Remembers which code a start element opened, under the key its end element refers to. */
    const start = (key: string | undefined, code: string | undefined) => {
      if (key !== undefined && code !== undefined) starts.set(key, code);
      return code;
    };
    const end = (name: string) => {
      const key = node.attributes[name]?.trim();
      if (!key) reader.report(node.line, `${tag} without ${name}`);
      return key ? (starts.get(key) ?? key) : undefined;
    };
    const paired = (code: string | undefined) => {
      emit('open', code);
      node.children.forEach((child) => visit(child, node));
      emit('close', code);
    };
    if (node.uri !== reader.namespace) {
      reader.report(node.line, `unexpected element ${tag} from another namespace`);
    } else if (node.name === 'mrk') {
      node.children.forEach((child) => visit(child, node));
    } else if (reader.version === '2.0') {
      if (node.name === 'pc') paired(id());
      else if (node.name === 'ph') emit('placeholder', id());
      else if (node.name === 'sc') emit('open', start(node.attributes.id, id()));
      else if (node.name === 'ec') emit('close', node.attributes.isolated === 'yes' ? id() : end('startRef'));
      else if (node.name === 'cp') tokens.push(...codePoint(node, reader));
      else if (node.name !== 'sm' && node.name !== 'em')
        reader.report(node.line, `unexpected element ${tag}`);
    } else if (node.name === 'g') {
      paired(id());
    } else if (node.name === 'x' || node.name === 'ph') {
      emit('placeholder', id());
    } else if (node.name === 'bx' || node.name === 'bpt') {
      const code = id();
      emit('open', start(node.attributes.rid ?? code, code));
    } else if (node.name === 'ex' || node.name === 'ept') {
      emit('close', node.attributes.rid === undefined ? end('id') : end('rid'));
    } else if (node.name === 'it' && (node.attributes.pos === 'open' || node.attributes.pos === 'close')) {
      emit(node.attributes.pos, id());
    } else {
      const why = node.name === 'it' ? ' without pos="open" or pos="close"' : '';
      reader.report(node.line, `unexpected element ${tag}${why}`);
    }
  };
  element.children.forEach((child) => visit(child, element));
}

/** The code id an inline element refers to (`copyOf` first, as tools write it for copied codes). */
function codeId(node: XmlElement, name: string, reader: InlineReader): string | undefined {
  const value = (node.attributes.copyOf ?? node.attributes[name])?.trim();
  if (value) return value;
  reader.report(node.line, `<${node.name}> without ${name}`);
  return undefined;
}

/** Joins neighbouring texts and drops whitespace at both ends of the content. */
export function tidyTokens(tokens: readonly InlineToken[]): InlineToken[] {
  const out: InlineToken[] = [];
  for (const token of tokens) {
    const previous = out.at(-1);
    if ('text' in token && previous && 'text' in previous) previous.text += token.text;
    else out.push({ ...token });
  }
  const first = out.find((token) => 'text' in token || 'placeholder' in token);
  if (first && 'text' in first) first.text = first.text.replace(/^[ \t\r\n]+/, '');
  const last = out.findLast((token) => 'text' in token || 'placeholder' in token);
  if (last && 'text' in last) last.text = last.text.replace(/[ \t\r\n]+$/, '');
  return out.filter((token) => !('text' in token) || token.text !== '');
}

/** Whether tokens hold any text (a target without text is untranslated). */
export function hasText(tokens: readonly InlineToken[]): boolean {
  return tokens.some((token) => 'text' in token && token.text.trim() !== '');
}

/** The character of an XLIFF 2.0 `<cp hex="…"/>`; characters not allowed in HTML text are dropped. */
function codePoint(node: XmlElement, reader: InlineReader): InlineToken[] {
  const hex = node.attributes.hex ?? '';
  const value = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
  if (!(value <= 0x10ffff)) {
    reader.report(node.line, `<cp> with an invalid hex value "${hex}"`);
    return [];
  }
  const isControl = value < 0x20 ? value !== 0x09 && value !== 0x0a : value >= 0x7f && value < 0xa0;
  const isSurrogate = value >= 0xd800 && value <= 0xdfff;
  return isControl || isSurrogate ? [] : [{ text: String.fromCodePoint(value) }];
}
