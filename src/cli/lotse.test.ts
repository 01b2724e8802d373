import assert from 'node:assert/strict';
import { once } from 'node:events';
import { before, describe, it } from 'node:test';
import { openDatabase } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { seedDemoRegion } from '../server/demo/seed-demo.ts';
import { syncLanguageRegistry } from '../server/languages/service.ts';
import { PublicCache } from '../server/public-cache.ts';
import { findRegionBySlug, listRegionLanguages } from '../server/regions/repo.ts';
import { createUser } from '../server/users/service.ts';
import { makeDataDir, runLotse, startLotseServer } from './test-support.ts';

describe('the lotse command', () => {
  let env: Record<string, string>;
  before(async () => {
    const dataDir = await makeDataDir();
    env = { LOTSE_DATA_DIR: dataDir };
    const handle = await openDatabase({ dataDir, holder: 'test setup' });
    await migrate(handle.db);
    await syncLanguageRegistry(handle.db);
    await seedDemoRegion({
      db: handle.db,
      cache: new PublicCache(0),
      config: { publicUrl: 'http://localhost:8080' },
    });
    await handle.close();
  });

  it('has --help on every command', async () => {
    for (const args of [
      [],
      ['serve'],
      ['migrate'],
      ['demo'],
      ['user', 'create'],
      ['user', 'reset-2fa'],
      ['region', 'create'],
      ['backup'],
      ['restore'],
    ]) {
      const result = await runLotse([...args, '--help'], env);
      assert.equal(result.code, 0, args.join(' '));
      assert.match(result.stdout, /^Usage: lotse/, args.join(' '));
    }
  });

  it('refuses commands on the embedded database while the server holds it, and loses nothing', async () => {
    const server = await startLotseServer(env);
    try {
      for (const args of [['demo'], ['migrate'], ['backup', '/tmp/never-written.gz']]) {
        const refused = await runLotse(args, env);
        assert.equal(refused.code, 1, args.join(' '));
        assert.match(refused.stderr, /in use by another Lotse process \(lotse serve/, args.join(' '));
      }
      const response = await fetch(`${server.url}/api/v1/regions/musterstadt/de/pages`);
      assert.equal(response.status, 200);
      assert.ok(((await response.json()) as { pages: unknown[] }).pages.length >= 29);
    } finally {
      server.child.kill('SIGTERM');
      await once(server.child, 'close');
    }
    const afterwards = await runLotse(['demo'], env);
    assert.equal(afterwards.code, 0, afterwards.stderr);
    assert.match(afterwards.stdout, /exists already; nothing changed/);
  });

  it('creates a region as a draft, and lists every problem of a wrong one', async () => {
    const fresh = { LOTSE_DATA_DIR: await makeDataDir() };
    const created = await runLotse(
      ['region', 'create', '--slug', 'neustadt', '--name', 'Stadt Neustadt', '--languages', 'en,ar'],
      fresh,
    );
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Created the region Stadt Neustadt \(neustadt\) as a draft/);
    const handle = await openDatabase({ dataDir: fresh.LOTSE_DATA_DIR, holder: 'test check' });
    try {
      const region = await findRegionBySlug(handle.db, 'neustadt');
      assert.equal(region?.status, 'draft');
      const languages = await listRegionLanguages(handle.db, region!.id);
      assert.deepEqual(
        languages.map((language) => [language.tag, language.source_language_tag]),
        [
          ['de', null],
          ['en', 'de'],
          ['ar', 'de'],
        ],
      );
    } finally {
      await handle.close();
    }
    const again = await runLotse(['region', 'create', '--slug', 'neustadt', '--name', 'Nochmal'], fresh);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /exists already/);
    const wrong = await runLotse(
      ['region', 'create', '--slug', 'Neu Stadt', '--name', 'X', '--languages', 'xx-unknown'],
      fresh,
    );
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /slug: use lower-case letters/);
  });

  it('gives a first account a role in the demo region before the server ever started', async () => {
    const fresh = { LOTSE_DATA_DIR: await makeDataDir() };
    const args = [
      'user',
      'create',
      '--email',
      'first@example.org',
      '--role',
      'editor',
      '--region',
      'musterstadt',
    ];
    const created = await runLotse(args, fresh, 'a long enough password\n');
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Seeded the demo region Musterstadt \(50 pages\)/);
    assert.match(created.stdout, /Created user first@example.org \(editor in musterstadt\)/);

    const withoutDemo = { LOTSE_DATA_DIR: await makeDataDir(), LOTSE_SEED_DEMO: 'false' };
    const refused = await runLotse(args, withoutDemo, 'a long enough password\n');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /there is no region "musterstadt"/);
  });

  it('creates a user with the password from standard input, and explains what is wrong otherwise', async () => {
    const created = await runLotse(
      [
        'user',
        'create',
        '--email',
        'Manager@Example.org',
        '--role',
        'region-manager',
        '--region',
        'musterstadt',
      ],
      env,
      'a long enough password\n',
    );
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Created user Manager@Example.org \(region-manager in musterstadt\)/);

    const duplicate = await runLotse(
      ['user', 'create', '--email', 'manager@example.org', '--role', 'editor', '--region', 'musterstadt'],
      { ...env, LOTSE_PASSWORD: 'another long password' },
    );
    assert.equal(duplicate.code, 1);
    assert.match(duplicate.stderr, /exists already/);

    const invalid = await runLotse(
      ['user', 'create', '--email', 'not-an-address', '--role', 'editor'],
      env,
      'short\n',
    );
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /email: is not an e-mail address/);
    assert.match(invalid.stderr, /password: must have at least 12 characters/);
    assert.match(invalid.stderr, /region: the role editor needs a region/);

    const translator = await runLotse(
      [
        'user',
        'create',
        '--email',
        'uebersetzerin@example.org',
        '--role',
        'translator',
        '--region',
        'musterstadt',
        '--languages',
        'ar,fa',
      ],
      env,
      'a long enough password\n',
    );
    assert.equal(translator.code, 0, translator.stderr);
    const wrongLanguage = await runLotse(
      [
        'user',
        'create',
        '--email',
        't2@example.org',
        '--role',
        'translator',
        '--region',
        'musterstadt',
        '--languages',
        'ti',
      ],
      env,
      'a long enough password\n',
    );
    assert.equal(wrongLanguage.code, 1);
    assert.match(wrongLanguage.stderr, /does not enable ti/);

    const unknownRole = await runLotse(
      ['user', 'create', '--email', 'a@b.example', '--role', 'boss'],
      env,
      '',
    );
    assert.notEqual(unknownRole.code, 0);
    assert.match(unknownRole.stderr, /Allowed choices are region-manager, editor/);
  });

  it('switches two-factor sign-in off for a locked-out account and ends its sessions', async () => {
    const handle = await openDatabase({ dataDir: env.LOTSE_DATA_DIR!, holder: 'test setup' });
    const user = await createUser(handle.db, {
      email: 'locked-out@example.org',
      password: 'a long enough password',
      role: 'region-manager',
      region: 'musterstadt',
    });
    await handle.db
      .updateTable('users')
      .set({ is_totp_enabled: true, totp_secret: 'JBSWY3DPEHPK3PXP' })
      .where('id', '=', user.id)
      .execute();
    await handle.db
      .insertInto('sessions')
      .values({
        id: 'a-session',
        user_id: user.id,
        csrf_token: 'csrf',
        user_agent: 'test',
        expires_at: new Date(Date.now() + 60_000),
      })
      .execute();
    await handle.close();

    const reset = await runLotse(['user', 'reset-2fa', '--email', 'Locked-Out@example.org'], env);
    assert.equal(reset.code, 0, reset.stderr);
    assert.match(reset.stdout, /Two-factor sign-in is off for locked-out@example.org; 1 session\(s\) ended/);
    const again = await runLotse(['user', 'reset-2fa', '--email', 'locked-out@example.org'], env);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /was not on for locked-out@example.org; nothing changed/);
    const unknown = await runLotse(['user', 'reset-2fa', '--email', 'nobody@example.org'], env);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /There is no account with the e-mail address nobody@example.org/);

    const after = await openDatabase({ dataDir: env.LOTSE_DATA_DIR!, holder: 'test check' });
    try {
      const stored = await after.db
        .selectFrom('users')
        .select(['is_totp_enabled', 'totp_secret'])
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(stored, { is_totp_enabled: false, totp_secret: null });
      const sessions = await after.db.selectFrom('sessions').where('user_id', '=', user.id).execute();
      assert.equal(sessions.length, 0);
      const audit = await after.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('user_id', '=', user.id)
        .execute();
      assert.deepEqual(audit, [
        { action: 'user.totp-reset', details: { via: 'lotse user reset-2fa', sessionsEnded: 1 } },
      ]);
    } finally {
      await after.close();
    }
  });

  it('backs up and restores through the command line', async () => {
    const file = `${env.LOTSE_DATA_DIR}/../lotse-cli-${process.pid}.backup.gz`;
    const backup = await runLotse(['backup', file], env);
    assert.equal(backup.code, 0, backup.stderr);
    assert.match(backup.stdout, /1 regions, \d+ users, \d+ pages, \d+ versions/);
    const target = { LOTSE_DATA_DIR: await makeDataDir() };
    const restored = await runLotse(['restore', file], target);
    assert.equal(restored.code, 0, restored.stderr);
    assert.equal(restored.stdout.replace('Restored', 'Wrote'), backup.stdout);
    const again = await runLotse(['restore', file], target);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already holds regions or users/);
  });
});
