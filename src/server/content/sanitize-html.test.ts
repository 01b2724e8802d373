import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitizeContentHtml } from './sanitize-html.ts';

const attacks = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload=alert(1)>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<div onclick="alert(1)">x</div>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<form action="https://evil.example"><input name=a></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<<script>script>alert(1)<</script>/script>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<img src="javascript:alert(1)">',
  '<a href="//evil.example">x</a>',
];

describe('HTML sanitising', () => {
  it('removes scripts, event handlers, javascript: URLs, frames and styles from an XSS corpus', () => {
    for (const attack of attacks) {
      const clean = sanitizeContentHtml(attack);
      assert.doesNotMatch(
        clean,
        /<script|onerror|onload|onclick|javascript:|<iframe|<svg|style=|<object|<embed|<form|<base|<meta|data:|\/\/evil/i,
        `${attack} → ${clean}`,
      );
    }
  });

  it('keeps the formatting authors use, and marks external links noopener', () => {
    const html =
      '<h2>Termin</h2><p>Bitte <strong>Pass</strong> und <em>Foto</em>.</p><ul><li>eins</li></ul>' +
      '<p><a href="https://www.bamf.de">BAMF</a> <a href="tel:+49123456">Telefon</a> <a href="mailto:a@b.example">Mail</a></p>' +
      '<table><tbody><tr><td>Mo</td><td>9–12</td></tr></tbody></table><aside class="info">Hinweis</aside>';
    const clean = sanitizeContentHtml(html);
    assert.match(clean, /<h2>Termin<\/h2>/);
    assert.match(clean, /<a href="https:\/\/www.bamf.de" rel="noopener noreferrer">BAMF<\/a>/);
    assert.match(clean, /<a href="tel:\+49123456">Telefon<\/a>/);
    assert.match(clean, /<a href="mailto:a@b.example">Mail<\/a>/);
    assert.match(clean, /<td>9–12<\/td>/);
    assert.match(clean, /<aside class="info">Hinweis<\/aside>/);
  });

  it('keeps links to other pages and drops other lotse: addresses', () => {
    assert.equal(sanitizeContentHtml('<a href="lotse:page/12">Kita</a>'), '<a href="lotse:page/12">Kita</a>');
    assert.equal(sanitizeContentHtml('<a href="lotse:javascript:alert(1)">x</a>'), '<a>x</a>');
  });

  it('turns a stray h1 into h2, because the title is the page heading', () => {
    assert.equal(sanitizeContentHtml('<h1>Titel</h1>'), '<h2>Titel</h2>');
  });
});
