import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ScopedCache } from './scoped-cache.ts';

describe('scoped cache', () => {
  it('builds once and serves the cached value after', async () => {
    const cache = new ScopedCache<string>(1000, (value) => value.length);
    let builds = 0;
    const build = async () => `value ${++builds}`;
    assert.equal(await cache.get('region:1', 'a', build), 'value 1');
    assert.equal(await cache.get('region:1', 'a', build), 'value 1');
    assert.equal(builds, 1);
  });

  it('shares one build between concurrent misses', async () => {
    const cache = new ScopedCache<number>(1000, () => 1);
    let builds = 0;
    const results = await Promise.all([1, 2, 3].map(() => cache.get('s', 'k', async () => ++builds)));
    assert.deepEqual(results, [1, 1, 1]);
  });

  it('drops a scope on invalidation and leaves other scopes alone', async () => {
    const cache = new ScopedCache<string>(1000, (value) => value.length);
    await cache.get('region:1', 'a', async () => 'old');
    await cache.get('region:2', 'a', async () => 'other');
    cache.invalidate('region:1');
    assert.equal(await cache.get('region:1', 'a', async () => 'new'), 'new');
    assert.equal(await cache.get('region:2', 'a', async () => 'rebuilt'), 'other');
  });

  it('does not keep a value whose build raced an invalidation', async () => {
    const cache = new ScopedCache<string>(1000, (value) => value.length);
    let release!: () => void;
    const slow = cache.get(
      's',
      'k',
      () => new Promise<string>((resolve) => (release = () => resolve('stale'))),
    );
    cache.invalidate('s');
    release();
    assert.equal(await slow, 'stale');
    assert.equal(await cache.get('s', 'k', async () => 'fresh'), 'fresh');
  });

  it('keeps its byte count right when builds race invalidations', async () => {
    const cache = new ScopedCache<string>(100, (value) => value.length);
    const releases: (() => void)[] = [];
    const slowBuild = (value: string) => () =>
      new Promise<string>((resolve) => releases.push(() => resolve(value)));
    const first = cache.get('s', 'k', slowBuild('aaaa'));
    cache.invalidate('s');
    const second = cache.get('s', 'k', slowBuild('bbbb'));
    releases[0]!();
    await first;
    const third = cache.get('s', 'k', slowBuild('never'));
    releases[1]!();
    assert.equal(await second, 'bbbb');
    assert.equal(
      await third,
      'bbbb',
      'the third request shares the second build instead of starting its own',
    );
    assert.equal(cache.size, 4);
  });

  it('evicts the least recently used entries beyond its byte budget', async () => {
    const cache = new ScopedCache<string>(10, (value) => value.length);
    await cache.get('s', 'a', async () => 'aaaa');
    await cache.get('s', 'b', async () => 'bbbb');
    await cache.get('s', 'a', async () => 'unused');
    await cache.get('s', 'c', async () => 'cccc');
    assert.ok(cache.size <= 10);
    assert.equal(await cache.get('s', 'a', async () => 'rebuilt'), 'aaaa');
    assert.equal(await cache.get('s', 'b', async () => 'rebuilt'), 'rebuilt');
  });
});
