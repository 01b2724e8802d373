import { dictionary } from '@zxcvbn-ts/language-common';
import { LIMITS } from '../../shared/limits.ts';

/** The most common passwords (zxcvbn's list), lower-cased. */
const commonPasswords = new Set(
  (dictionary['passwords-common'] as string[]).map((password) => password.toLowerCase()),
);

/** What is wrong with a new password, if anything: too short, too long, or on the list of common ones. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < LIMITS.passwordMinLength)
    return `must have at least ${LIMITS.passwordMinLength} characters`;
  if (password.length > LIMITS.passwordMaxLength)
    return `must have at most ${LIMITS.passwordMaxLength} characters`;
  if (commonPasswords.has(password.toLowerCase()))
    return 'is one of the most common passwords; choose another';
  return undefined;
}
