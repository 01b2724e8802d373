// A local stand-in for DeepL (API v2) and LibreTranslate on one loopback port, so tests never call the
// internet. It follows the services' documented HTTP contracts; its "translation" is deterministic and
// visible: every translatable text node gets the target code as a prefix ("[AR] Hallo"), markup and
// translate="no" elements stay as they are, and DeepL glossary entries are applied first.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { htmlTextLength, mapTranslatableText } from '../machine-translation/providers/html-tokens.ts';

/** A request the fake received. */
export interface FakeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** JSON or form fields (a field given several times becomes an array); undefined without a body. */
  body: unknown;
}

/** A failure to answer instead of the next request(s), with the service's error body. */
export interface FakeFailure {
  status: number;
  /** How many requests in a row fail (default 1). */
  count?: number;
  retryAfterSeconds?: number;
  message?: string;
  /** Fail only requests with this method and path (e.g. 'POST', '/v2/glossaries'); default: any request. */
  method?: string;
  path?: string;
}

export interface FakeTranslationServices {
  /** Base URL of both services, e.g. http://127.0.0.1:41234 */
  url: string;
  deeplKey: string;
  /** When set, LibreTranslate requires this api_key. */
  libreTranslateKey: string | undefined;
  requests: FakeRequest[];
  /** Characters billed to the DeepL account so far (as /v2/usage reports them). */
  readonly charactersUsed: number;
  failNext(failure: FakeFailure): void;
  setCharacterLimit(limit: number): void;
  /** Delays every answer by this many milliseconds (0: answer at once). */
  delayResponses(ms: number): void;
  close(): Promise<void>;
}

type Fields = Record<string, unknown>;
interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const codes = (list: string) => list.split(' ');
/** DeepL's codes (developers.deepl.com, supported languages; a selection of the newer ones). */
const DEEPL_SOURCES = new Set(
  codes(
    'AR BG CS DA DE EL EN ES ET FI FR HE HU ID IT JA KO LT LV NB NL PL PT RO RU SK SL SV TH TR UK VI ZH FA SQ SR UR',
  ),
);
const DEEPL_TARGETS = new Set([...DEEPL_SOURCES, ...codes('EN-GB EN-US ES-419 PT-BR PT-PT ZH-HANS ZH-HANT')]);
const FORMALITY_TARGETS = new Set(codes('DE FR IT ES ES-419 NL PL PT-BR PT-PT JA RU'));
const FORMALITIES = codes('default more less prefer_more prefer_less');
const GLOSSARY_LANGUAGES = codes(
  'ar bg cs da de el en es et fi fr he hu id it ja ko lt lv nb nl pl pt ro ru sk sl sv th tr uk vi zh',
);
/** LibreTranslate's model codes (docs.libretranslate.com supported languages) and their ISO aliases. */
const LIBRE_CODES = codes(
  'ar az bg bn ca cs da de el en eo es et eu fa fi fr ga gl he hi hu id it ja ko ky lt lv ms nb nl pb pl pt ro ru sk sl sq sv th tl tr uk ur vi zh zt',
);
const LIBRE_ALIASES: Record<string, string> = { pb: 'pt-BR', zh: 'zh-Hans', zt: 'zh-Hant' };
const languageName = new Intl.DisplayNames(['en'], { type: 'language' });

/** Starts the fake services on a loopback port (a random one unless given). */
export async function startFakeTranslationServices(
  options: { deeplKey?: string; libreTranslateKey?: string; characterLimit?: number; port?: number } = {},
): Promise<FakeTranslationServices> {
  const deeplKey = options.deeplKey ?? 'fake-deepl-key:fx';
  const libreTranslateKey = options.libreTranslateKey;
  const requests: FakeRequest[] = [];
  const failures: FakeFailure[] = [];
  const glossaries = new Map<string, { meta: Record<string, unknown>; entries: Map<string, string> }>();
  const timers = new Set<NodeJS.Timeout>();
  let characterLimit = options.characterLimit ?? 500_000;
  let charactersUsed = 0;
  let delayMs = 0;

  const deepl = (method: string, path: string, query: Record<string, string>, fields: Fields): Answer => {
    const route = `${method} ${path.replace(/^\/v2\/glossaries\/[^/]+/, '/v2/glossaries/:id')}`;
    const glossary = glossaries.get(path.split('/')[3] ?? '');
    switch (route) {
      case 'POST /v2/translate':
        return deeplTranslate(fields);
      case 'GET /v2/usage':
        return { status: 200, body: { character_count: charactersUsed, character_limit: characterLimit } };
      case 'GET /v2/languages':
        return { status: 200, body: deeplLanguages(query.type === 'target' ? 'target' : 'source') };
      case 'GET /v2/glossary-language-pairs':
        return { status: 200, body: { supported_languages: glossaryPairs() } };
      case 'POST /v2/glossaries':
        return createGlossary(fields);
      case 'GET /v2/glossaries':
        return { status: 200, body: { glossaries: [...glossaries.values()].map((g) => g.meta) } };
      case 'GET /v2/glossaries/:id':
        return glossary ? { status: 200, body: glossary.meta } : deeplFailure(404, 'Glossary not found');
      case 'DELETE /v2/glossaries/:id':
        return glossary && glossaries.delete(String(glossary.meta.glossary_id))
          ? { status: 204 }
          : deeplFailure(404, 'Glossary not found');
      default:
        if (path.endsWith('/entries') && glossary) {
          const tsv = [...glossary.entries].map((entry) => entry.join('\t')).join('\n');
          return { status: 200, body: tsv, headers: { 'Content-Type': 'text/tab-separated-values' } };
        }
        return deeplFailure(404, 'Not found');
    }
  };

  const deeplTranslate = (fields: Fields): Answer => {
    const texts = [fields.text ?? []].flat().map(String);
    const target = stringField(fields, 'target_lang')?.toUpperCase();
    const source = stringField(fields, 'source_lang')?.toUpperCase();
    const tagHandling = stringField(fields, 'tag_handling');
    const formality = stringField(fields, 'formality') ?? 'default';
    const glossaryId = stringField(fields, 'glossary_id');
    const glossary = glossaryId === undefined ? undefined : glossaries.get(glossaryId);
    const problems: [boolean, number, string][] = [
      [texts.length === 0, 400, "Parameter 'text' not specified."],
      [!target, 400, "Parameter 'target_lang' not specified."],
      [!DEEPL_TARGETS.has(target ?? ''), 400, "Value for 'target_lang' not supported."],
      [!!source && !DEEPL_SOURCES.has(source), 400, "Value for 'source_lang' not supported."],
      [
        !!tagHandling && !['xml', 'html'].includes(tagHandling),
        400,
        "Value for 'tag_handling' not supported.",
      ],
      [!FORMALITIES.includes(formality), 400, "Value for 'formality' not supported."],
      [
        ['more', 'less'].includes(formality) && !FORMALITY_TARGETS.has(target ?? ''),
        400,
        "'formality' is not supported for given 'target_lang'.",
      ],
      [!!glossaryId && !source, 400, 'Use of a glossary requires the source_lang parameter to be set.'],
      [!!glossaryId && !glossary, 404, 'Glossary not found'],
      [
        !!glossary &&
          `${glossary.meta.source_lang}>${glossary.meta.target_lang}` !== base(`${source}>${target}`),
        400,
        'Glossary does not match the language pair of the request.',
      ],
    ];
    const problem = problems.find(([isWrong]) => isWrong);
    if (problem || !target) return deeplFailure(problem?.[1] ?? 400, problem?.[2] ?? '');
    const characters = texts.reduce(
      (sum, text) => sum + (tagHandling ? htmlTextLength(text) : [...text].length),
      0,
    );
    if (charactersUsed + characters > characterLimit) {
      return deeplFailure(456, 'Quota for this billing period has been exceeded.');
    }
    charactersUsed += characters;
    const translations = texts.map((text) => ({
      detected_source_language: source ?? 'DE',
      text: fakeTranslation(text, target, tagHandling !== undefined, glossary?.entries),
    }));
    return { status: 200, body: { translations } };
  };

  const createGlossary = (fields: Fields): Answer => {
    const [name, sourceLang, targetLang, entries] = ['name', 'source_lang', 'target_lang', 'entries'].map(
      (key) => stringField(fields, key),
    );
    const format = stringField(fields, 'entries_format') ?? 'tsv';
    if (!name || !sourceLang || !targetLang || entries === undefined)
      return deeplFailure(400, 'Missing or invalid argument');
    const pair = [sourceLang.toLowerCase(), targetLang.toLowerCase()];
    if (!pair.every((code) => GLOSSARY_LANGUAGES.includes(code)) || pair[0] === pair[1]) {
      return deeplFailure(400, 'Unsupported glossary source and target language pair');
    }
    const parsed = new Map<string, string>();
    for (const [index, line] of entries.split(/\r?\n/).entries()) {
      if (line.trim() === '') continue;
      const terms = line.split(format === 'csv' ? ',' : '\t').map((term) => term.trim());
      const problem =
        terms.length !== 2 || terms.some((term) => term === '')
          ? `Entry on line ${index + 1} is not a pair of terms`
          : parsed.has(terms[0] ?? '')
            ? `Key on line ${index + 1} duplicates an earlier key`
            : undefined;
      if (problem)
        return { status: 400, body: { message: 'Invalid glossary entries provided', detail: problem } };
      parsed.set(terms[0] ?? '', terms[1] ?? '');
    }
    const meta = {
      glossary_id: randomUUID(),
      name,
      ready: true,
      source_lang: pair[0],
      target_lang: pair[1],
      creation_time: new Date().toISOString(),
      entry_count: parsed.size,
    };
    glossaries.set(meta.glossary_id, { meta, entries: parsed });
    return { status: 201, body: meta };
  };

  const libreTranslate = (method: string, path: string, fields: Fields): Answer => {
    if (method === 'GET' && path === '/languages') {
      const codes = LIBRE_CODES.map((code) => LIBRE_ALIASES[code] ?? code);
      return {
        status: 200,
        body: codes.map((code) => ({ code, name: languageName.of(code), targets: codes })),
      };
    }
    if (method !== 'POST' || path !== '/translate') return libreFailure(404, 'Not Found');
    const apiKey = stringField(fields, 'api_key');
    if (libreTranslateKey && apiKey && apiKey !== libreTranslateKey)
      return libreFailure(403, 'Invalid API key');
    if (libreTranslateKey && !apiKey)
      return libreFailure(400, 'Please contact the server operator to get an API key');
    const q = fields.q;
    const [source, target] = ['source', 'target'].map((key) => modelCode(stringField(fields, key)));
    const format = stringField(fields, 'format') ?? 'text';
    const missing = !q ? 'q' : !source ? 'source' : !target ? 'target' : undefined;
    if (missing) return libreFailure(400, `Invalid request: missing ${missing} parameter`);
    const unknown = [source, target].find((code) => !LIBRE_CODES.includes(code ?? ''));
    if (unknown) return libreFailure(400, `${unknown} is not supported`);
    if (!['text', 'html'].includes(format)) return libreFailure(400, `${format} format is not supported`);
    const label = (LIBRE_ALIASES[target ?? ''] ?? target ?? '').toUpperCase();
    const translate = (text: unknown) => fakeTranslation(String(text), label, format === 'html');
    return { status: 200, body: { translatedText: Array.isArray(q) ? q.map(translate) : translate(q) } };
  };

  const answer = (request: FakeRequest): Answer => {
    const isDeepL = request.path.startsWith('/v2/');
    const failing = failures.findIndex(
      ({ method, path }) =>
        (method ?? request.method) === request.method && (path ?? request.path) === request.path,
    );
    const [failure] = failing >= 0 ? failures.splice(failing, 1) : [];
    if (failure) {
      const message = failure.message ?? `Fake failure with HTTP ${failure.status}`;
      const headers: Record<string, string> =
        failure.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(failure.retryAfterSeconds) };
      return { status: failure.status, body: isDeepL ? { message } : { error: message }, headers };
    }
    const fields = (request.body ?? {}) as Fields;
    if (!isDeepL) return libreTranslate(request.method, request.path, fields);
    if (request.headers.authorization !== `DeepL-Auth-Key ${deeplKey}`) {
      return deeplFailure(403, 'Authorization failed. Please supply a valid DeepL-Auth-Key.');
    }
    return deepl(request.method, request.path, request.query, fields);
  };

  const server = createServer((incoming, response) => {
    void (async () => {
      const url = new URL(incoming.url ?? '/', 'http://fake');
      const request: FakeRequest = {
        method: incoming.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: incoming.headers,
        body: await readBody(incoming),
      };
      requests.push(request);
      const { status, body, headers } = answer(request);
      if (delayMs > 0) await wait(delayMs, timers);
      const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      response.end(text);
    })().catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    deeplKey,
    libreTranslateKey,
    requests,
    get charactersUsed() {
      return charactersUsed;
    },
    failNext: (failure) => failures.push(...Array.from({ length: failure.count ?? 1 }, () => failure)),
    setCharacterLimit: (limit) => (characterLimit = limit),
    delayResponses: (ms) => (delayMs = ms),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The fake translation: the label before every text node, glossary entries applied, markup kept. */
function fakeTranslation(
  text: string,
  label: string,
  isHtml: boolean,
  glossary?: Map<string, string>,
): string {
  const rewrite = (part: string) => {
    if (part.trim() === '') return part;
    let translated = part;
    for (const [term, translation] of glossary ?? []) {
      const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      translated = translated.replace(
        new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'gu'),
        translation,
      );
    }
    return translated.replace(/^(\s*)/, `$1[${label}] `);
  };
  return isHtml ? mapTranslatableText(text, rewrite) : rewrite(text);
}

function deeplLanguages(type: 'source' | 'target') {
  const codes = [...(type === 'source' ? DEEPL_SOURCES : DEEPL_TARGETS)].sort();
  return codes.map((language) => ({
    language,
    name: languageName.of(language.replace('-HANS', '-Hans').replace('-HANT', '-Hant')) ?? language,
    ...(type === 'target' ? { supports_formality: FORMALITY_TARGETS.has(language) } : {}),
  }));
}

function glossaryPairs() {
  return GLOSSARY_LANGUAGES.flatMap((source) =>
    GLOSSARY_LANGUAGES.filter((target) => target !== source).map((target) => ({
      source_lang: source,
      target_lang: target,
    })),
  );
}

/** "DE>EN-GB" → "de>en": a language pair without variants, as glossaries name it. */
function base(pair: string): string {
  return pair.replace(/-[^>]*/g, '').toLowerCase();
}

function modelCode(code: string | undefined): string | undefined {
  const lower = code?.toLowerCase();
  return Object.entries(LIBRE_ALIASES).find(([, alias]) => alias.toLowerCase() === lower)?.[0] ?? lower;
}

function stringField(fields: Fields, key: string): string | undefined {
  const value = [fields[key]].flat()[0];
  return typeof value === 'string' ? value : undefined;
}

/** A DeepL error answer ({"message": …}). */
function deeplFailure(status: number, message: string): Answer {
  return { status, body: { message } };
}

/** A LibreTranslate error answer ({"error": …}). */
function libreFailure(status: number, error: string): Answer {
  return { status, body: { error } };
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  if (request.headers['content-type']?.includes('application/json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const earlier = fields[key];
    fields[key] = earlier === undefined ? value : [earlier, value].flat();
  }
  return fields;
}

function wait(ms: number, timers: Set<NodeJS.Timeout>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });
}
