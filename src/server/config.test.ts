import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to port 8080, the embedded database in ./data and the demo seed', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8080);
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.dataDir, './data');
    assert.equal(config.publicUrl, 'http://localhost:8080');
    assert.equal(config.seedsDemo, true);
  });

  it('reads the documented variables', () => {
    const config = loadConfig({
      PORT: '9000',
      DATABASE_URL: 'postgres://lotse@db/lotse',
      LOTSE_DATA_DIR: '/var/lib/lotse',
      PUBLIC_URL: 'https://lotse.example/',
    });
    assert.equal(config.port, 9000);
    assert.equal(config.databaseUrl, 'postgres://lotse@db/lotse');
    assert.equal(config.dataDir, '/var/lib/lotse');
    assert.equal(config.publicUrl, 'https://lotse.example');
  });

  it('reads the link checker’s settings, which keep private networks out of reach unless allowed', () => {
    assert.deepEqual(loadConfig({}).linkCheck, {
      timeoutMs: 10_000,
      hostPauseMs: 2000,
      allowsPrivateAddresses: false,
    });
    const config = loadConfig({
      LOTSE_LINK_CHECK_TIMEOUT_MS: '500',
      LOTSE_LINK_CHECK_HOST_PAUSE_MS: '0',
      LOTSE_LINK_CHECK_ALLOW_PRIVATE: 'true',
    });
    assert.deepEqual(config.linkCheck, { timeoutMs: 500, hostPauseMs: 0, allowsPrivateAddresses: true });
    assert.throws(() => loadConfig({ LOTSE_LINK_CHECK_TIMEOUT_MS: '5' }), /LOTSE_LINK_CHECK_TIMEOUT_MS/);
  });

  it('lists every invalid setting at once', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'not a url' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.equal(error.problems.length, 3);
        assert.match(error.message, /PORT/);
        assert.match(error.message, /DATABASE_URL: must be a postgres/);
        return true;
      },
    );
  });
});
