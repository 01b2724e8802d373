import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sniffImageType } from './sniff-image.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))),
  );

describe('recognising images by their first bytes', () => {
  it('knows PNG, JPEG, GIF and WebP', () => {
    assert.equal(sniffImageType(bytes([0x89], 'PNG\r\n\x1a\n', [0, 0])), 'image/png');
    assert.equal(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
    assert.equal(sniffImageType(bytes('GIF89a', [1, 0])), 'image/gif');
    assert.equal(sniffImageType(bytes('GIF87a')), 'image/gif');
    assert.equal(sniffImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')), 'image/webp');
  });

  it('knows nothing else: SVG, HTML, other RIFF files, truncated headers, nothing at all', () => {
    for (const other of [
      bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      bytes('<!doctype html><img src=x onerror=alert(1)>'),
      bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '),
      bytes([0x89], 'PNG'),
      bytes('GIF8'),
      bytes([0xff, 0xd8]),
      bytes(),
    ]) {
      assert.equal(sniffImageType(other), undefined, other.toString('latin1'));
    }
  });
});
