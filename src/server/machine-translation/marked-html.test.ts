import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractUnits } from '../xliff/html-units.ts';
import { markedHtmlToTokens, tokensToMarkedHtml } from './marked-html.ts';

describe('what providers are sent', () => {
  it('marks inline codes without their addresses, and reads the answer back onto them', () => {
    const [unit] = extractUnits(
      '<p>Öffnen Sie <a href="https://bank.example/">ein <strong>Konto</strong></a> &amp; mehr<br>heute</p>',
    );
    const marked = tokensToMarkedHtml(unit!.tokens);
    assert.equal(
      marked,
      'Öffnen Sie <span data-c="1">ein <span data-c="2">Konto</span></span> &amp; mehr<br data-c="3">heute',
    );
    assert.doesNotMatch(marked, /bank\.example/);
    const answer =
      '<span data-c="1">Open an <span data-c="2">account</span></span> &amp; more<br data-c="3">today';
    assert.deepEqual(markedHtmlToTokens(answer), [
      { open: '1' },
      { text: 'Open an ' },
      { open: '2' },
      { text: 'account' },
      { close: '2' },
      { close: '1' },
      { text: ' & more' },
      { placeholder: '3' },
      { text: 'today' },
    ]);
  });

  it('keeps the text of markup a provider adds, and never its tags or scripts', () => {
    assert.deepEqual(
      markedHtmlToTokens('<b>Hallo</b> <script>alert(1)</script><span translate="no">Jobcenter</span>'),
      [{ text: 'Hallo Jobcenter' }],
    );
  });
});
