import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitizeContentHtml } from '../content/sanitize-html.ts';
import { hasLinkTo, listExternalLinks, replaceLinkTarget, storedFormPrefix } from './html-links.ts';

const stored = (html: string) => sanitizeContentHtml(html);

describe('links in page texts', () => {
  it('finds each link to another web site once, and nothing else', () => {
    const html = stored(
      [
        '<p><a href="https://www.bamf.de/DE/Startseite">BAMF</a>',
        '<a href="https://www.bamf.de/DE/Startseite">noch einmal</a>',
        '<a href="http://Amt.Example:8080/a?b=1&c=2">Amt</a>',
        '<a href="mailto:info@teststadt.example">Mail</a> <a href="tel:+4912345">Telefon</a>',
        '<a href="lotse:page/12">andere Seite</a> <a href="/media/1/2/bild.png">Bild</a>',
        '<a href="https://lotse.teststadt.example/teststadt/de/">unsere App</a>',
        `<a href="https://lang.example/${'x'.repeat(2100)}">zu lang</a></p>`,
      ].join(' '),
    );
    assert.deepEqual(listExternalLinks(html, 'https://lotse.teststadt.example'), [
      { url: 'https://www.bamf.de/DE/Startseite', host: 'www.bamf.de' },
      { url: 'http://Amt.Example:8080/a?b=1&c=2', host: 'amt.example:8080' },
    ]);
  });

  it('replaces exactly the links to one address, whatever the escaping, and keeps the rest of the text', () => {
    const from = 'https://amt.example/formular?id=7&lang=de';
    const html = stored(
      `<h2>Anmeldung</h2><p>Das <a href="${from}" title="Formular">Formular</a> und ` +
        `<a href="${from}&amp;x=1">ein anderes</a> – äöü &amp; mehr.</p>`,
    );
    assert.ok(html.includes(storedFormPrefix(from)));
    assert.equal(hasLinkTo(html, from), true);
    assert.equal(hasLinkTo(html, 'https://amt.example/formular'), false);
    const replaced = stored(replaceLinkTarget(html, from, 'https://amt.example/neu'));
    assert.equal(
      replaced,
      stored(
        '<h2>Anmeldung</h2><p>Das <a href="https://amt.example/neu" title="Formular">Formular</a> und ' +
          `<a href="${from}&amp;x=1">ein anderes</a> – äöü &amp; mehr.</p>`,
      ),
    );
  });
});
