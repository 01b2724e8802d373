import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listImages, sanitizeContentHtml } from './sanitize-html.ts';

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
  '<img src="/media/stadt/1/a.png" alt="x" onerror="alert(1)">',
  '<img src="/media/stadt/1/a.png&quot; onerror=&quot;alert(1)" alt="x">',
  '<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">',
  '<img src="//evil.example/a.png" alt="x">',
  '<img src="/\\evil.example/a.png" alt="x">',
  '<img src="/media/stadt/1/a.png" srcset="https://evil.example/a.png 2x" alt="x">',
];

/** Images that would load from elsewhere (and tell another server who reads what), or are not uploads. */
const foreignImages = [
  '<img src="https://tracker.example/pixel.gif" alt="Logo">',
  '<img src="http://tracker.example/pixel.gif" alt="Logo">',
  '<img src="HTTPS://tracker.example/pixel.gif" alt="Logo">',
  '<img src="https://lotse.example/media/stadt/1/a.png" alt="Logo">',
  '<img src="//tracker.example/media/stadt/1/a.png" alt="Logo">',
  '<img src="media/stadt/1/a.png" alt="Logo">',
  '<img src="/media/../api/cms/me" alt="Logo">',
  '<img src="/media/stadt/1/a.png?user=42" alt="Logo">',
  '<img src="/media/stadt/1/a.png#x" alt="Logo">',
  '<img src="/assets/logo.png" alt="Logo">',
  '<img src="" alt="Logo">',
  '<img alt="Logo">',
];

describe('HTML sanitising', () => {
  it('removes scripts, event handlers, javascript: URLs, frames and styles from an XSS corpus', () => {
    for (const attack of attacks) {
      const clean = sanitizeContentHtml(attack);
      assert.doesNotMatch(
        clean,
        /<script|onerror|onload|onclick|javascript:|<iframe|<svg|style=|<object|<embed|<form|<base|<meta|data:|evil/i,
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

  it('keeps images from this site’s uploads and drops every other image', () => {
    assert.equal(
      sanitizeContentHtml('<p><img src="/media/stadt-mitte/12/rathaus.png" alt="Rathaus" width="640"></p>'),
      '<p><img src="/media/stadt-mitte/12/rathaus.png" alt="Rathaus" width="640" /></p>',
    );
    for (const image of foreignImages) {
      assert.equal(sanitizeContentHtml(`<p>a${image}b</p>`), '<p>ab</p>', image);
    }
  });

  it('lists the images of clean HTML with their text alternatives', () => {
    const clean = sanitizeContentHtml(
      '<figure><img src="/media/s/1/a.png" alt="Karte"><figcaption>x</figcaption></figure>' +
        '<p><img src="/media/s/2/b.png"> <img src="https://tracker.example/c.png" alt="c"></p>',
    );
    assert.deepEqual(listImages(clean), [
      { src: '/media/s/1/a.png', alt: 'Karte' },
      { src: '/media/s/2/b.png', alt: '' },
    ]);
  });

  it('turns a stray h1 into h2, because the title is the page heading', () => {
    assert.equal(sanitizeContentHtml('<h1>Titel</h1>'), '<h2>Titel</h2>');
  });
});
