import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Role } from '../users/schema.ts';
import { createUser } from '../users/service.ts';
import type { TestApp } from './test-app.ts';

const password = 'a long enough passphrase';

/**
 * Signs in a new user with a role in a region (translators with their languages) and returns the headers a
 * workspace request carries: the session cookie and the CSRF token.
 */
export async function signInWithRole(
  t: TestApp,
  role: Role,
  region: { id: number; slug: string },
  translatorLanguages: string[] = [],
): Promise<{ userId: number; headers: { cookie: string; 'x-csrf-token': string } }> {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.org`;
  // A platform admin holds no role in the region, and may do everything there all the same.
  const user = await createUser(t.ctx.db, {
    email,
    password,
    role,
    translatorLanguages,
    ...(role === 'platform-admin' ? {} : { region: region.slug }),
  });
  const signedIn = await t.app.inject({
    method: 'POST',
    url: '/api/cms/session',
    payload: { email, password },
    remoteAddress: `10.2.${randomBytes(1)[0]! % 250}.${randomBytes(1)[0]! % 250}`,
  });
  assert.equal(signedIn.statusCode, 200, signedIn.body);
  return {
    userId: user.id,
    headers: {
      cookie: String(signedIn.headers['set-cookie']).split(';')[0]!,
      'x-csrf-token': signedIn.json().csrfToken,
    },
  };
}
