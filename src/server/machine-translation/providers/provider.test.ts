import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countBillableCharacters, MachineTranslationError } from './provider.ts';

describe('countBillableCharacters', () => {
  it('counts the text of HTML and not its tags, attributes or comments', () => {
    assert.equal(countBillableCharacters(['<p class="lead">Hallo <b>Welt</b></p><!-- note -->']), 10);
  });

  it('counts Unicode code points, an entity as one character, and whitespace', () => {
    assert.equal(countBillableCharacters(['é 深 𝄞']), 5);
    assert.equal(countBillableCharacters(['<p>A &amp; B&nbsp;C &#8364;</p>']), 9);
    assert.equal(countBillableCharacters(['<p>\n  مرحبا\n</p>']), 9);
  });

  it('adds up all texts of a request', () => {
    assert.equal(countBillableCharacters(['<h1>Kita</h1>', 'Kita', '']), 8);
    assert.equal(countBillableCharacters([]), 0);
  });
});

describe('MachineTranslationError', () => {
  it('is retryable only when waiting can help', () => {
    const retryable = (['rate-limited', 'unavailable'] as const).map(
      (r) => new MachineTranslationError(r, 'x'),
    );
    const final = (['quota-exhausted', 'rejected', 'unsupported-language', 'misconfigured'] as const).map(
      (reason) => new MachineTranslationError(reason, 'x'),
    );
    assert.ok(retryable.every((error) => error.isRetryable));
    assert.ok(final.every((error) => !error.isRetryable));
  });

  it('keeps the wait the service asked for', () => {
    const error = new MachineTranslationError('rate-limited', 'slow down', { retryAfterMs: 2000 });
    assert.equal(error.retryAfterMs, 2000);
    assert.equal(error.name, 'MachineTranslationError');
    assert.ok(error instanceof Error);
  });
});
