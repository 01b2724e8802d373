import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter } from './rate-limiter.ts';

describe('rate limiter', () => {
  it('allows up to the limit in the window, then says when to retry', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    assert.equal(limiter.take('a').isAllowed, true);
    now = 10_000;
    assert.equal(limiter.take('a').isAllowed, true);
    now = 20_000;
    assert.deepEqual(limiter.take('a'), { isAllowed: false, retryAfterSeconds: 40 });
    assert.equal(limiter.take('b').isAllowed, true, 'other clients are counted apart');
    now = 60_001;
    assert.equal(limiter.take('a').isAllowed, true, 'the oldest request has left the window');
  });
});
