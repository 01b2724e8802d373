import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { HOSTILE_MESSAGE } from './parse-xml.ts';
import { XliffError, readXliff } from './read-xliff.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The error `xml` is rejected with. */
function rejectionOf(xml: string, options?: { maxBytes?: number }): XliffError {
  try {
    readXliff(xml, options);
  } catch (error) {
    if (error instanceof XliffError) return error;
    throw error;
  }
  assert.fail('the file was accepted');
}

// A timeout on each test turns a hang into a failure; the checks themselves finish at once.
describe('readXliff rejects hostile and broken files', { timeout: 10_000 }, () => {
  it('refuses an external entity without reading it', () => {
    const error = rejectionOf(fixture('xxe.xlf'));
    assert.deepEqual(error.problems, [`Line 2: ${HOSTILE_MESSAGE}`]);
    assert.deepEqual([error.code, error.status], ['invalid_input', 400]);
    assert.doesNotMatch(error.message, /root:/);
  });

  it('refuses an entity-expansion bomb (billion laughs)', () => {
    assert.deepEqual(rejectionOf(fixture('billion-laughs.xlf')).problems, [`Line 2: ${HOSTILE_MESSAGE}`]);
  });

  it('refuses any DOCTYPE, even one that only names a DTD', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE xliff SYSTEM "https://evil.example/xliff.dtd">\n<xliff/>';
    assert.deepEqual(rejectionOf(xml).problems, [`Line 2: ${HOSTILE_MESSAGE}`]);
  });

  it('says where a file is not well-formed', () => {
    assert.deepEqual(rejectionOf(fixture('not-well-formed.xlf')).problems, [
      'Line 7, column 57: the file is not well-formed XML: unexpected close tag.',
    ]);
    assert.match(rejectionOf('').problems[0] ?? '', /^Line 1, column 0: the file is not well-formed XML: /);
  });

  it('refuses other XLIFF versions and other XML', () => {
    assert.deepEqual(rejectionOf(fixture('wrong-version.xlf')).problems, [
      'The file is XLIFF with version "1.1"; Lotse reads XLIFF 1.2 and 2.0.',
    ]);
    const xliff21 =
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="de" trgLang="en"/>';
    assert.deepEqual(rejectionOf(xliff21).problems, [
      'The file is XLIFF with version "2.1"; Lotse reads XLIFF 1.2 and 2.0.',
    ]);
    const mixed = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="1.2"/>';
    assert.deepEqual(rejectionOf(mixed).problems, [
      'The file says it is XLIFF 1.2 but has the namespace "urn:oasis:names:tc:xliff:document:2.0", which does not match.',
    ]);
    assert.deepEqual(rejectionOf('<html><body/></html>').problems, [
      'The file is not XLIFF: its root element is <html>.',
    ]);
  });

  it('refuses files above the size limit before parsing them', () => {
    const error = rejectionOf(fixture('page-2.0.xlf'), { maxBytes: 2048 });
    assert.deepEqual(error.problems, ['The file is larger than 2 KB, the most Lotse imports at once.']);
    assert.deepEqual([error.code, error.status], ['payload_too_large', 413]);
    const huge = `<xliff>${' '.repeat(10 * 1024 * 1024)}</xliff>`;
    assert.deepEqual(rejectionOf(huge).problems, [
      'The file is larger than 10 MB, the most Lotse imports at once.',
    ]);
  });

  it('refuses absurdly deep nesting instead of overflowing the stack', () => {
    const deep = `${'<pc id="1">'.repeat(100_000)}x${'</pc>'.repeat(100_000)}`;
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="page-1" original="lotse:page/1@v1"><unit id="b1"><segment><source>x</source><target>${deep}</target></segment></unit></file></xliff>`;
    assert.match(rejectionOf(xml).problems[0] ?? '', /^Line 1: elements are nested too deeply\.$/);
  });

  it('lists at most a hundred problems', () => {
    const units = '<unit><segment><source>x</source></segment></unit>'.repeat(5000);
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="page-1" original="lotse:page/1@v1">${units}</file></xliff>`;
    const error = rejectionOf(xml);
    assert.equal(error.problems.length, 101);
    assert.equal(error.problems.at(-1), '… and 4900 more problems.');
    assert.equal(error.message, 'The XLIFF file has 5000 problems.');
  });
});
