import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSnippet, isWordMatch, queryTerms, trigramSimilarity } from './search-snippet.ts';

const marked = (parts: { text: string; isMatch: boolean }[]) =>
  parts.map((part) => (part.isMatch ? `[${part.text}]` : part.text)).join('');

describe('search snippets', () => {
  it('measures trigram similarity like pg_trgm', () => {
    assert.equal(trigramSimilarity('deutschkurs', 'deutschkurs'), 1);
    assert.ok(trigramSimilarity('detschkurs', 'deutschkurs') > 0.5);
    assert.ok(trigramSimilarity('wohnung', 'deutschkurs') < 0.1);
  });

  it('matches typos, word starts and split compounds', () => {
    assert.ok(isWordMatch('Deutschkurs', 'detschkurs'));
    assert.ok(isWordMatch('Deutschkurse', 'deutschkurs'));
    assert.ok(queryTerms('deutsch kurs').includes('deutschkurs'));
    assert.ok(!isWordMatch('Wohnung', 'deutschkurs'));
  });

  it('cuts a passage around the first match and marks the matches', () => {
    const text = `${'Vorwort '.repeat(40)}Ein Deutschkurs hilft. Mehr Text ${'Ende '.repeat(40)}`;
    const snippet = marked(buildSnippet(text, 'Detschkurs'));
    assert.match(snippet, /^… .*Ein \[Deutschkurs\] hilft\. Mehr Text .* …$/);
    assert.ok(snippet.split(' ').length < 40);
  });

  it('shows the start of the text when nothing matches', () => {
    assert.equal(marked(buildSnippet('Kurz und gut.', 'xyz')), 'Kurz und gut.');
    assert.equal(marked(buildSnippet('', 'xyz')), '');
  });

  it('works in Arabic script', () => {
    assert.equal(
      marked(buildSnippet('دورة اللغة الألمانية مجانية', 'اللغة')),
      'دورة [اللغة] الألمانية مجانية',
    );
  });
});
