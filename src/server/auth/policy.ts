import { ACTIONS, type Action } from '../../shared/actions.ts';
import { isPublishedOnlyAfterReview } from '../../shared/languages.ts';
import type { Role } from '../users/schema.ts';

type RegionRole = Exclude<Role, 'platform-admin'>;

const allowed: Record<RegionRole, readonly Action[]> = {
  'region-manager': ACTIONS,
  editor: [
    'region.read',
    'page.structure',
    'page.write-draft',
    'page.submit',
    'page.publish',
    'page.review',
    'page.translate',
    'page.machine-translate',
    'glossary.manage',
    'media.upload',
  ],
  author: ['region.read', 'page.structure', 'page.write-draft', 'page.submit', 'media.upload'],
  translator: ['region.read', 'page.translate', 'page.machine-translate', 'media.upload'],
  observer: ['region.read'],
};

/** What a role may do in its region, as the workspace shows it (translators: in their languages only). */
export function actionsOf(role: RegionRole): readonly Action[] {
  return allowed[role];
}

/** Who is asking: their role in the region in question (if any) and their languages there. */
export interface Actor {
  isPlatformAdmin: boolean;
  /** The role in the region the request is about; undefined when they hold none there. */
  role: RegionRole | undefined;
  /** For translators: the target languages assigned to them in that region. */
  translatorLanguages: readonly string[];
}

/**
 * Whether an actor may do something in a region. The region comes first: without a role in it only a
 * platform admin may do anything. Writing text in a language also needs the language: translators only
 * write in their assigned target languages, and never in the region's default language.
 */
export function can(
  actor: Actor,
  action: Action,
  target: { language?: string; defaultLanguage?: string } = {},
): boolean {
  // Easy German has its own review: nobody publishes it directly, a second person approves it.
  if (action === 'page.publish' && isPublishedOnlyAfterReview(target.language)) return false;
  if (actor.isPlatformAdmin) return true;
  if (!actor.role) return false;
  if (
    actor.role === 'translator' &&
    (action === 'page.write-draft' ||
      action === 'page.submit' ||
      action === 'page.translate' ||
      action === 'page.machine-translate')
  ) {
    return (
      target.language !== undefined &&
      target.language !== target.defaultLanguage &&
      actor.translatorLanguages.includes(target.language)
    );
  }
  return allowed[actor.role].includes(action);
}
