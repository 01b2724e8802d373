import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMediaPath, mediaHref, safeFileName } from './media.ts';

describe('image addresses', () => {
  it('makes file names safe: ASCII, lower-case, the extension of the real type', () => {
    assert.equal(safeFileName('Rathaus Übersicht.PNG', 'image/png'), 'rathaus-ubersicht.png');
    assert.equal(safeFileName('foto.jpeg', 'image/jpeg'), 'foto.jpg');
    assert.equal(safeFileName('bild.png', 'image/webp'), 'bild.webp');
    assert.equal(safeFileName('خريطة.gif', 'image/gif'), 'image.gif');
    assert.equal(safeFileName('../../etc/passwd', 'image/png'), 'etc-passwd.png');
    assert.equal(safeFileName('a'.repeat(300), 'image/png').length, 84);
  });

  it('recognises the addresses it makes, and nothing else', () => {
    const href = mediaHref('stadt-mitte', 12, safeFileName('Karte.png', 'image/png'));
    assert.equal(href, '/media/stadt-mitte/12/karte.png');
    assert.ok(isMediaPath(href));
    for (const other of [
      'https://example.org/media/stadt/1/a.png',
      '//example.org/media/stadt/1/a.png',
      '/media/stadt/0/a.png',
      '/media/stadt/1/../a.png',
      '/media/Stadt/1/a.png',
      '/media/stadt/1/a.png?x=1',
      '/media/stadt/1/',
      '/media/../1/a.png',
    ]) {
      assert.equal(isMediaPath(other), false, other);
    }
  });
});
