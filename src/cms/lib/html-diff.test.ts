import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffHtml, diffSummary } from './html-diff.ts';

const VOID = new Set(['br', 'hr', 'img']);
const NO_MARKS_IN = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tr']);

/** Fails unless every opened tag is closed in order, and ins/del neither nest nor stand in lists or tables. */
function assertWellFormed(html: string) {
  const stack: string[] = [];
  for (const [tag, slash, name] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*>/g)) {
    if (VOID.has(name!)) continue;
    if (slash) {
      assert.equal(stack.pop(), name, `${tag} closes the wrong element in ${html}`);
      continue;
    }
    if (name === 'ins' || name === 'del') {
      assert.ok(!stack.includes('ins') && !stack.includes('del'), `nested ${tag} in ${html}`);
      assert.ok(!NO_MARKS_IN.has(stack.at(-1) ?? ''), `${tag} inside <${stack.at(-1)}> in ${html}`);
    }
    stack.push(name!);
  }
  assert.deepEqual(stack, [], `unclosed ${stack.join(', ')} in ${html}`);
}

/** The visible text with all whitespace removed. */
const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s|&nbsp;/g, '');
const withoutDeleted = (html: string) => html.replace(/<del>.*?<\/del>/gs, '');
const withoutInserted = (html: string) => html.replace(/<ins>.*?<\/ins>/gs, '');

const page = [
  '<h2>Anmeldung der Wohnung</h2>',
  '<p>Sie müssen sich <strong>innerhalb von 14 Tagen</strong> im <a href="/buergeramt">Bürgeramt</a> anmelden.</p>',
  '<ul>\n<li>Personalausweis oder Pass</li>\n<li>Wohnungsgeberbestätigung</li>\n</ul>',
  '<aside class="info"><p>Termine gibt es auch online &amp; am Telefon.</p></aside>',
  '<figure><img src="/media/karte.jpg" alt="Karte"><figcaption>So finden Sie uns</figcaption></figure>',
  '<table><tbody><tr><th>Tag</th><th>Zeit</th></tr><tr><td>Mo</td><td>9&nbsp;–&nbsp;12</td></tr></tbody></table>',
  '<p>Zeile eins<br>Zeile zwei</p><hr><blockquote><p><em>Zitat</em></p></blockquote><p></p>',
].join('\n');

test('identical inputs give the after HTML unchanged', () => {
  assert.equal(diffHtml(page, page), page);
  assert.deepEqual(diffSummary(page, page), { added: 0, removed: 0 });
});

test('a replaced word is deleted and inserted in place', () => {
  const before = '<p>Das Amt öffnet um 9 Uhr.</p>';
  const after = '<p>Das Amt öffnet um 10 Uhr.</p>';
  assert.equal(diffHtml(before, after), '<p>Das Amt öffnet um <del>9</del><ins>10</ins> Uhr.</p>');
  assert.deepEqual(diffSummary(before, after), { added: 1, removed: 1 });
});

test('text added at the end is inserted with its whitespace', () => {
  const before = '<p>Bitte Ausweis mitbringen.</p>';
  const after = '<p>Bitte Ausweis mitbringen. Termine gibt es online.</p>';
  assert.equal(
    diffHtml(before, after),
    '<p>Bitte Ausweis mitbringen.<ins> Termine gibt es online.</ins></p>',
  );
  assert.deepEqual(diffSummary(before, after), { added: 4, removed: 0 });
});

test('a removed paragraph stays as a paragraph of deleted text', () => {
  const before = '<p>Eins</p>\n<p>Zwei und drei</p>\n<p>Vier</p>';
  const after = '<p>Eins</p>\n<p>Vier</p>';
  assert.equal(diffHtml(before, after), '<p>Eins</p>\n<p><del>Zwei und drei</del></p><p>Vier</p>');
  assert.deepEqual(diffSummary(before, after), { added: 0, removed: 3 });
});

test('an added list item is inserted inside its own li, not between the items', () => {
  const before = '<ul>\n<li>Pass</li>\n<li>Foto</li>\n</ul>';
  const after = '<ul>\n<li>Pass</li>\n<li>Meldeschein</li>\n<li>Foto</li>\n</ul>';
  assert.equal(
    diffHtml(before, after),
    '<ul>\n<li>Pass</li>\n<li><ins>Meldeschein</ins></li>\n<li>Foto</li>\n</ul>',
  );
});

test('a formatting change shows the old formatting deleted and the new inserted', () => {
  assert.equal(
    diffHtml('<p>Termin nötig</p>', '<p><strong>Termin</strong> nötig</p>'),
    '<p><del>Termin</del><strong><ins>Termin</ins></strong> nötig</p>',
  );
  assert.equal(
    diffHtml('<p>Öffnungszeiten</p>', '<h2>Öffnungszeiten</h2>'),
    '<p><del>Öffnungszeiten</del></p><h2><ins>Öffnungszeiten</ins></h2>',
  );
  assert.equal(
    diffHtml('<aside class="info"><p>Achtung</p></aside>', '<aside class="warning"><p>Achtung</p></aside>'),
    '<aside class="info"><p><del>Achtung</del></p></aside><aside class="warning"><p><ins>Achtung</ins></p></aside>',
  );
});

test('an added image is inserted, a removed one deleted, a new src counts as both', () => {
  const img = '<img src="/media/karte.jpg" alt="Karte">';
  const figure = `<figure>${img}<figcaption>Karte</figcaption></figure>`;
  assert.equal(
    diffHtml('<p>Anfahrt</p>', `<p>Anfahrt</p>${figure}`),
    `<p>Anfahrt</p><figure><ins>${img}</ins><figcaption><ins>Karte</ins></figcaption></figure>`,
  );
  assert.equal(diffHtml(`<p>Anfahrt ${img}</p>`, '<p>Anfahrt </p>'), `<p>Anfahrt <del>${img}</del></p>`);
  const moved = '<img src="/media/karte-2.jpg" alt="Karte">';
  assert.equal(diffHtml(`<p>${img}</p>`, `<p>${moved}</p>`), `<p><del>${img}</del><ins>${moved}</ins></p>`);
  assert.deepEqual(diffSummary('<p>Anfahrt</p>', `<p>Anfahrt</p>${figure}`), { added: 2, removed: 0 });
});

test('a changed link target counts as a change of the link text', () => {
  assert.equal(
    diffHtml(
      '<p>Zum <a href="/amt">Bürgeramt</a> gehen</p>',
      '<p>Zum <a href="/amt-mitte">Bürgeramt</a> gehen</p>',
    ),
    '<p>Zum <a href="/amt"><del>Bürgeramt</del></a><a href="/amt-mitte"><ins>Bürgeramt</ins></a> gehen</p>',
  );
});

test('entities stay as they were, never unescaped', () => {
  const before = '<p>Tom &amp; Jerry &lt;3&nbsp;Euro</p>';
  const after = '<p>Tom &amp; Anna &lt;3&nbsp;Euro &lt;b&gt;</p>';
  assert.equal(
    diffHtml(before, after),
    '<p>Tom &amp; <del>Jerry</del><ins>Anna</ins> &lt;3&nbsp;Euro<ins> &lt;b&gt;</ins></p>',
  );
  assert.equal(diffHtml('<p>a&nbsp;b</p>', '<p>a&nbsp;c</p>'), '<p>a&nbsp;<del>b</del><ins>c</ins></p>');
});

test('Arabic words are diffed word by word and keep their order', () => {
  const before = '<p dir="rtl">يجب التسجيل في مكتب المواطنين خلال أسبوعين.</p>';
  const after = '<p dir="rtl">يجب التسجيل في مكتب المدينة خلال أسبوعين.</p>';
  assert.equal(
    diffHtml(before, after),
    '<p dir="rtl">يجب التسجيل في مكتب <del>المواطنين</del><ins>المدينة</ins> خلال أسبوعين.</p>',
  );
  assert.deepEqual(diffSummary(before, after), { added: 1, removed: 1 });
});

test('a rewritten table cell stays one cell', () => {
  const row = (cell: string) => `<table><tbody><tr><td>Mo</td><td>${cell}</td></tr></tbody></table>`;
  assert.equal(diffHtml(row('9 Uhr'), row('geschlossen')), row('<del>9 Uhr</del><ins>geschlossen</ins>'));
  const rows = (cells: string[]) =>
    `<table><tbody>${cells.map((c) => `<tr><td>${c}</td><td>Ja</td></tr>`).join('')}</tbody></table>`;
  assert.equal(
    diffHtml(rows(['Ja', 'Ja', 'Ja']), rows(['Ja', 'Nein', 'Ja'])),
    rows(['Ja', '<del>Ja</del><ins>Nein</ins>', 'Ja']),
  );
});

/** Small deterministic random numbers, so that a failing case can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

/** Edits `html` the ways an editor would: words, formatting, blocks, links, images. */
function edit(html: string, next: () => number): string {
  /** Replaces one of the matches of `pattern`, picked at random. */
  const once = (s: string, pattern: RegExp, replacement: string) => {
    const matches = [...s.matchAll(pattern)];
    const match = matches[Math.floor(next() * matches.length)];
    if (!match) return s;
    const replaced = match[0].replace(
      new RegExp(pattern.source, pattern.flags.replace('g', '')),
      replacement,
    );
    return s.slice(0, match.index) + replaced + s.slice(match.index + match[0].length);
  };
  const edits = [
    (s: string) => once(s, /(>[^<]*?)(\p{L}{3,})/gu, '$1$2s'),
    (s: string) => once(s, />([^<]*?) (\p{L}+) /gu, '>$1 <strong>$2</strong> '),
    (s: string) => once(s, /(>[^<]*?)(\p{L}+) ?/gu, '$1'),
    (s: string) => once(s, /<p>(.*?)<\/p>/g, '<h3>$1</h3>'),
    (s: string) => once(s, /<li>[^<]*<\/li>\n/g, ''),
    (s: string) => s.replace('</ul>', '<li>Neu hier</li>\n</ul>'),
    (s: string) => once(s, /href="[^"]*"/g, 'href="/anders"'),
    (s: string) => s.replace(/<figure>.*?<\/figure>/, ''),
    (s: string) => s.replace('<hr>', '<p>Neuer <em>Absatz</em> mit <img src="/a.png" alt="">.</p><hr>'),
    (s: string) => once(s, /<tr><td>.*?<\/tr>/g, ''),
    (s: string) => once(s, /<td>[^<]*<\/td>/g, '<td>Di</td>'),
    (s: string) => once(s, /<img [^>]*>/g, '<img src="/media/neu.jpg" alt="Neu">'),
  ];
  let result = html;
  for (let n = 1 + Math.floor(next() * 4); n > 0; n--)
    result = edits[Math.floor(next() * edits.length)]!(result);
  return result;
}

test('output is well-formed and keeps both versions readable, for many kinds of edits', () => {
  const next = random(42);
  for (let run = 0; run < 300; run++) {
    const [before, after] = next() < 0.5 ? [page, edit(page, next)] : [edit(page, next), page];
    const output = diffHtml(before, after);
    assertWellFormed(output);
    assert.equal(text(withoutDeleted(output)), text(after));
    assert.equal(text(withoutInserted(output)), text(before));
    assert.equal(diffHtml(after, after), after);
  }
});

/**
 * Median CPU time of five runs, in ms: what the work costs, steady against the other processes that share the
 * machine running the tests (they stretch wall-clock time and, now and then, a single run).
 */
function medianCpuMilliseconds(run: () => void): number {
  const times = Array.from({ length: 5 }, () => {
    const start = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  });
  return times.sort((x, y) => x - y)[2]!;
}

test('20 KB against 20 KB takes well under 100 ms, even when everything changed', () => {
  const next = random(7);
  const syllables = 'an be ver meld ung amt wohn kin arzt zen trum aus weis'.split(' ');
  const vocabulary = Array.from({ length: 2000 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * 13)]).join(''),
  );
  const words = (count: number) =>
    Array.from({ length: count }, () => vocabulary[Math.floor(vocabulary.length * next() ** 3)]).join(' ');
  let before = '';
  while (before.length < 20_000) {
    before += `<h2>${words(4)}</h2>\n<p>${words(40)} <strong>${words(3)}</strong> ${words(30)}.</p>\n<ul>\n`;
    before += `<li>${words(10)}</li>\n<li>${words(12)}</li>\n</ul>\n<table><tbody><tr><td>${words(2)}</td></tr></tbody></table>\n`;
  }
  const change = (share: number) =>
    before.replace(
      />([^<]+)</g,
      (_m, t: string) => `>${t.replace(/\S+/g, (w) => (next() < share ? words(1) : w))}<`,
    );
  const row = (flip: boolean) => `<tr><td>${flip ? 'Nein' : 'Ja'}</td><td>Ja</td><td>geschlossen</td></tr>\n`;
  const table = (every: number) =>
    `<table><tbody>\n${Array.from({ length: 400 }, (_, i) => row(i % every === 0)).join('')}</tbody></table>`;
  const pairs: [string, string][] = [
    [before, change(0.1)],
    [before, change(0.5)],
    [before, change(1)],
    [table(1000), table(7)],
  ];
  for (const [old, now] of pairs) {
    assert.ok(old.length > 20_000 && now.length > 20_000);
    const elapsed = medianCpuMilliseconds(() => diffHtml(old, now));
    assert.ok(elapsed < 100, `took ${elapsed.toFixed(0)} ms`);
    assert.equal(text(withoutDeleted(diffHtml(old, now))), text(now));
  }
  assert.deepEqual(
    diffSummary(table(1000), table(7)),
    { added: 57, removed: 57 },
    'the table diffed cell by cell',
  );
});

test('paragraphs the editor puts into list items and cells are no change', () => {
  const stored = '<ul><li>Reisepass</li><li>Meldebescheinigung</li></ul><table><tr><td>Mo</td></tr></table>';
  const edited =
    '<ul><li><p>Reisepass</p></li><li><p>Meldebescheinigung</p></li></ul><table><tr><td><p>Mo</p></td></tr></table>';
  assert.deepEqual(diffSummary(stored, edited), { added: 0, removed: 0 });
  assert.equal(
    diffHtml('<ul><li>Reisepass</li></ul>', '<ul><li><p>Reisepass neu</p><p>oder Ausweis</p></li></ul>'),
    '<ul><li>Reisepass<ins> neu<br>oder Ausweis</ins></li></ul>',
  );
});
