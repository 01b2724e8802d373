import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shieldTerms, unshieldTerms } from './shield-terms.ts';

const keep = (term: string) => ({ term, replacement: term });
const span = (text: string) => `<span translate="no" data-lotse-term="1">${text}</span>`;

describe('shieldTerms', () => {
  it('wraps whole-word occurrences in translatable text only', () => {
    const html = '<p title="Jobcenter">Das Jobcenter, nicht die Jobcenters.</p>';
    assert.equal(
      shieldTerms(html, [keep('Jobcenter')]),
      `<p title="Jobcenter">Das ${span('Jobcenter')}, nicht die Jobcenters.</p>`,
    );
  });

  it('leaves code and elements already marked translate="no" alone', () => {
    const html = '<p><code>Kita</code> <b translate="no">Kita</b> <i>Kita</i></p>';
    assert.equal(
      shieldTerms(html, [keep('Kita')]),
      `<p><code>Kita</code> <b translate="no">Kita</b> <i>${span('Kita')}</i></p>`,
    );
  });

  it('prefers the longest term and escapes terms and replacements', () => {
    const terms = [
      { term: 'A&B', replacement: 'A&B' },
      { term: 'Haus', replacement: 'House' },
      { term: 'Haus der Familie', replacement: 'Family <Centre>' },
    ];
    assert.equal(
      shieldTerms('<p>A&amp;B im Haus der Familie (c.f. Haus)</p>', terms),
      `<p>${span('A&amp;B')} im ${span('Family &lt;Centre&gt;')} (c.f. ${span('House')})</p>`,
    );
  });

  it('works with Arabic script', () => {
    assert.equal(shieldTerms('<p>مرحبا Lotse</p>', [keep('Lotse')]), `<p>مرحبا ${span('Lotse')}</p>`);
  });

  it('changes nothing without terms', () => {
    assert.equal(shieldTerms('<p>a.b</p>', [{ term: ' ', replacement: 'x' }]), '<p>a.b</p>');
  });
});

describe('unshieldTerms', () => {
  it('removes only the spans shieldTerms added', () => {
    const html = `<p>${span('Kita')} <span translate="no">Name</span></p>`;
    assert.equal(unshieldTerms(html), '<p>Kita <span translate="no">Name</span></p>');
  });
});
