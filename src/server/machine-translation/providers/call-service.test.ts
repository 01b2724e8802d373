import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hideKey, retryAfterMs } from './call-service.ts';

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    assert.equal(retryAfterMs('120', now), 120_000);
    assert.equal(retryAfterMs('Sun, 01 Mar 2026 12:00:30 GMT', now), 30_000);
    assert.equal(retryAfterMs('Sun, 01 Mar 2026 11:00:00 GMT', now), 0);
  });

  it('gives nothing for a missing or unreadable header', () => {
    assert.equal(retryAfterMs(null), undefined);
    assert.equal(retryAfterMs(''), undefined);
    assert.equal(retryAfterMs('soon'), undefined);
  });
});

describe('hideKey', () => {
  it('removes every occurrence of the key', () => {
    assert.equal(hideKey('key abc:fx and abc:fx', 'abc:fx'), 'key [hidden] and [hidden]');
    assert.equal(hideKey('nothing', undefined), 'nothing');
  });
});
