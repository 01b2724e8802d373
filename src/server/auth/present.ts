import type { z } from 'zod';
import { actionsOf } from './policy.ts';
import type { RegionRoleRow } from '../users/repo.ts';
import type { SessionRow } from './repo.ts';
import type { currentUser, sessionList } from './schema.ts';
import type { Auth } from './service.ts';

/** The signed-in user with their roles per region. */
export function presentCurrentUser(auth: Auth, roles: RegionRoleRow[]): z.output<typeof currentUser> {
  return {
    id: auth.user.id,
    email: auth.user.email,
    displayName: auth.user.display_name,
    isPlatformAdmin: auth.user.is_platform_admin,
    isTotpEnabled: auth.user.is_totp_enabled,
    roles: roles.map(({ region, regionName, role, translatorLanguages }) => ({
      region,
      regionName,
      role,
      actions: [...actionsOf(role)],
      translatorLanguages,
    })),
    csrfToken: auth.session.csrf_token,
  };
}

/** The user's sessions, marking the one in use. */
export function presentSessions(sessions: SessionRow[], current: SessionRow): z.output<typeof sessionList> {
  return {
    sessions: sessions.map((session) => ({
      createdAt: session.created_at.toISOString(),
      lastSeenAt: session.last_seen_at.toISOString(),
      expiresAt: session.expires_at.toISOString(),
      userAgent: session.user_agent,
      isCurrent: session.id === current.id,
    })),
  };
}
