import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startLinkTargetServer, type LinkTargetServer } from '../test-support/link-target-server.ts';
import { isPrivateAddress } from './address-guard.ts';
import { checkLink, type ProbeOptions } from './probe.ts';

describe('checking one link', () => {
  let site: LinkTargetServer;
  before(async () => {
    site = await startLinkTargetServer();
  });
  after(() => site.close());

  const options: ProbeOptions = {
    timeoutMs: 300,
    userAgent: 'Lotse link checker (+http://lotse.test)',
    allowsPrivateAddresses: true,
    waitForTurn: async () => undefined,
    endTurn: async () => undefined,
  };
  const check = (path: string, overrides: Partial<ProbeOptions> = {}) =>
    checkLink(`${site.origin}${path}`, { ...options, ...overrides });

  it('finds a page that answers 200 ok, asking with HEAD and naming Lotse', async () => {
    assert.deepEqual(await check('/ok'), { outcome: 'ok', httpStatus: 200, problem: null, movedTo: null });
    const request = site.received.at(-1);
    assert.equal(request?.method, 'HEAD');
    assert.match(request?.userAgent ?? '', /^Lotse link checker/);
  });

  it('records a permanent redirect as moved, with where it leads', async () => {
    assert.deepEqual(await check('/moved'), {
      outcome: 'moved',
      httpStatus: 200,
      problem: null,
      movedTo: `${site.origin}/ok`,
    });
  });

  it('counts a permanent redirect to a missing page as broken', async () => {
    assert.deepEqual(await check('/moved-gone'), {
      outcome: 'broken',
      httpStatus: 404,
      problem: 'http-status',
      movedTo: `${site.origin}/gone`,
    });
  });

  it('follows a temporary redirect without calling the link moved', async () => {
    assert.deepEqual(await check('/temporary'), {
      outcome: 'ok',
      httpStatus: 200,
      problem: null,
      movedTo: null,
    });
  });

  it('counts 404 and 500 as broken', async () => {
    assert.deepEqual([(await check('/gone')).httpStatus, (await check('/error')).httpStatus], [404, 500]);
    assert.equal((await check('/error')).outcome, 'broken');
  });

  it('asks again with GET when the server refuses HEAD', async () => {
    const before = site.received.length;
    assert.equal((await check('/head-refused')).outcome, 'ok');
    assert.deepEqual(
      site.received.slice(before).map((request) => request.method),
      ['HEAD', 'GET'],
    );
  });

  it('gives up on a server that never answers after the time limit', async () => {
    const started = Date.now();
    assert.deepEqual(await check('/hang'), {
      outcome: 'broken',
      httpStatus: null,
      problem: 'timeout',
      movedTo: null,
    });
    assert.ok(Date.now() - started < 3000, 'gave up in time');
  });

  it('stops following redirects after the limit', async () => {
    assert.equal((await check('/loop')).problem, 'too-many-redirects');
  });

  it('says when nothing listens, and takes the host’s turn for every request', async () => {
    const turns: string[] = [];
    const closed = await startLinkTargetServer();
    await closed.close();
    const result = await checkLink(`${closed.origin}/ok`, {
      ...options,
      waitForTurn: async (host) => void turns.push(`wait ${host}`),
      endTurn: async (host) => void turns.push(`end ${host}`),
    });
    assert.equal(result.problem, 'refused');
    const { host } = new URL(closed.origin);
    assert.deepEqual(turns, [`wait ${host}`, `end ${host}`]);
  });

  it('does not reach private networks unless the installation allows it', async () => {
    const before = site.received.length;
    const refused = await check('/ok', { allowsPrivateAddresses: false });
    assert.deepEqual([refused.outcome, refused.problem], ['broken', 'private-address']);
    const byName = await checkLink(`http://localhost:${new URL(site.origin).port}/ok`, {
      ...options,
      allowsPrivateAddresses: false,
    });
    assert.equal(byName.problem, 'private-address');
    assert.equal(site.received.length, before, 'nothing reached the server');
    assert.deepEqual(
      ['127.0.0.1', '10.1.2.3', '169.254.169.254', '192.168.0.1', '::1', 'fd00::1', '::ffff:10.0.0.1'].map(
        isPrivateAddress,
      ),
      [true, true, true, true, true, true, true],
    );
    const carryingIpv4 = ['::a00:1', '::7f00:1', '64:ff9b::a9fe:a9fe', '64:ff9b:1::a00:1', '2002:c0a8:1::1'];
    assert.deepEqual(
      carryingIpv4.map(isPrivateAddress),
      carryingIpv4.map(() => true),
      'IPv6 forms that lead to an IPv4 address',
    );
    const publicOnes = ['93.184.215.14', '2a00:1450:4001::1', '64:ff9a::1', '2003::1'];
    assert.deepEqual(publicOnes.map(isPrivateAddress), [false, false, false, false]);
  });
});
