import type { z } from 'zod';
import type { RegionMemberRow } from './repo.ts';
import type { regionMembers } from './schema.ts';

/** A member of a region as the members list shows them. */
export function presentRegionMember(
  member: RegionMemberRow,
): z.output<typeof regionMembers>['members'][number] {
  return {
    id: member.id,
    email: member.email,
    displayName: member.display_name,
    role: member.role,
    hasPassword: member.password_hash !== null,
    isTotpEnabled: member.is_totp_enabled,
    translatorLanguages: member.role === 'translator' ? member.translator_languages : [],
  };
}
