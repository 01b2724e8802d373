import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's recommended minimum: 19 MiB memory, 2 iterations, 1 lane.
const hashOptions = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, hashOptions);
}

// Verifying against this when an account does not exist takes as long as a real check, so response times
// do not tell which e-mail addresses have accounts.
const decoyHash = hash('decoy password that matches nothing', hashOptions);

/** Whether a password matches a stored hash; without a hash it spends the same time and says no. */
export async function isPasswordCorrect(
  passwordHash: string | undefined,
  password: string,
): Promise<boolean> {
  if (!passwordHash) {
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
