// What the interface offers a user. The server decides every request again; this only hides what would
// be refused.
import type { RegionAccess } from '../api/types.ts';
import { isPublishedOnlyAfterReview } from '../../shared/languages.ts';

/** Whether the user may write text in a language of the region (drafts, or submitting for review). */
export function canWriteIn(
  access: RegionAccess | undefined,
  language: string,
  defaultLanguage: string,
): boolean {
  if (!access) return false;
  if (access.role === 'translator') {
    return language !== defaultLanguage && access.translatorLanguages.includes(language);
  }
  return access.actions.includes('page.write-draft');
}

/** Whether the user publishes directly, without review (in a language: Easy German never is, see the policy). */
export function canPublish(access: RegionAccess | undefined, language?: string): boolean {
  if (isPublishedOnlyAfterReview(language)) return false;
  return access?.actions.includes('page.publish') ?? false;
}

/** Whether the user decides on versions in review. */
export function canReview(access: RegionAccess | undefined): boolean {
  return access?.actions.includes('page.review') ?? false;
}

/** Whether the user may add, move and archive pages. */
export function canChangeStructure(access: RegionAccess | undefined): boolean {
  return access?.actions.includes('page.structure') ?? false;
}

/** Whether the user may have pages machine-translated into a language (translators: into theirs). */
export function canMachineTranslateInto(access: RegionAccess | undefined, language: string): boolean {
  if (!access) return false;
  if (access.role === 'translator') return access.translatorLanguages.includes(language);
  return access.actions.includes('page.machine-translate');
}
