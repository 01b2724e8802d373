import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { parseInput } from '../validation.ts';
import { hashPassword } from '../auth/passwords.ts';
import { AppError, invalidInput } from '../errors.ts';
import { findRegionBySlug, listRegionLanguages } from '../regions/repo.ts';
import {
  assignTranslatorLanguages,
  findUserByEmail,
  insertRegionRole,
  insertUser,
  type UserRow,
} from './repo.ts';
import { newUserInput, type NewUserInput } from './schema.ts';

/** Creates an account with a role in a region (or as platform admin). The password is stored as an argon2id hash. */
export async function createUser(db: Kysely<Database>, input: NewUserInput): Promise<UserRow> {
  const user = parseInput(newUserInput, input);
  const passwordHash = await hashPassword(user.password);
  return db.transaction().execute(async (trx) => {
    const region = user.region ? await findRegionBySlug(trx, user.region) : undefined;
    if (user.region && !region)
      throw invalidInput([{ field: 'region', message: `there is no region "${user.region}"` }]);
    if (await findUserByEmail(trx, user.email)) {
      throw new AppError('conflict', `A user with the e-mail address ${user.email} exists already.`);
    }
    const row = await insertUser(trx, {
      email: user.email,
      display_name: user.displayName,
      password_hash: passwordHash,
      is_platform_admin: user.role === 'platform-admin',
    });
    if (region && user.role !== 'platform-admin') {
      await insertRegionRole(trx, { user_id: row.id, region_id: region.id, role: user.role });
      await assignTranslatorLanguages(trx, {
        userId: row.id,
        regionId: region.id,
        languages: user.translatorLanguages,
        enabled: (await listRegionLanguages(trx, region.id)).map((language) => language.tag),
      });
    }
    return row;
  });
}
