import type { AppContext } from '../context.ts';
import { defineRoute } from '../http/route.ts';
import { listRegionRoles } from '../users/repo.ts';
import {
  confirmTotpSetup,
  listOwnSessions,
  signOut,
  signOutEverywhere,
  startTotpSetup,
} from './account-service.ts';
import { presentCurrentUser, presentSessions } from './present.ts';
import { requireAuth, setSessionCookie } from './request-auth.ts';
import { requestPasswordReset, setPasswordWithToken } from './account-tokens.ts';
import {
  accepted,
  currentUser,
  done,
  passwordResetInput,
  sessionList,
  setPasswordInput,
  signInInput,
  totpCodeInput,
  totpSetup,
} from './schema.ts';
import { signIn } from './service.ts';

const sessionCookieSeconds = 14 * 24 * 60 * 60;

/** Signing in and out, one's own sessions, and two-factor sign-in: the account endpoints of the CMS API. */
export function accountRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      path: '/session',
      operationId: 'signIn',
      summary: 'Sign in with e-mail, password and, if enabled, a TOTP code; sets the session cookie',
      tag: 'account',
      body: signInInput,
      response: currentUser,
      errors: ['invalid_input', 'unauthorized', 'otp_required', 'rate_limited'],
      handle: async ({ body, request, reply }) => {
        const client = { address: request.ip, userAgent: String(request.headers['user-agent'] ?? '') };
        const { token, auth } = await signIn(ctx, body, client);
        setSessionCookie(ctx, reply, token, sessionCookieSeconds);
        return presentCurrentUser(auth, await listRegionRoles(ctx.db, auth.user.id));
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/session',
      operationId: 'getSession',
      summary: 'The signed-in user, their roles per region, and the CSRF token for changes',
      tag: 'account',
      response: currentUser,
      errors: ['unauthorized'],
      handle: async ({ request }) => {
        const auth = await requireAuth(ctx, request);
        return presentCurrentUser(auth, await listRegionRoles(ctx.db, auth.user.id));
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/session',
      operationId: 'signOut',
      summary: 'Sign out of this session',
      tag: 'account',
      response: done,
      errors: ['unauthorized', 'forbidden'],
      handle: async ({ request, reply }) => {
        const auth = await requireAuth(ctx, request);
        await signOut(ctx, auth);
        setSessionCookie(ctx, reply, '', 0);
        return { status: 'done' as const };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/password-reset',
      operationId: 'requestPasswordReset',
      summary: 'E-mail a link to choose a new password (the answer is the same whether the address is known)',
      tag: 'account',
      body: passwordResetInput,
      response: accepted,
      successStatus: 202,
      errors: ['invalid_input', 'rate_limited'],
      handle: async ({ body, request, reply }) => {
        await requestPasswordReset(ctx, body.email, request.ip);
        reply.code(202);
        return { status: 'accepted' as const };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/password',
      operationId: 'setPassword',
      summary: 'Choose a password with the token from an invitation or reset e-mail; ends all sessions',
      tag: 'account',
      body: setPasswordInput,
      response: done,
      errors: ['invalid_input'],
      handle: async ({ body }) => {
        await setPasswordWithToken(ctx, body.token, body.password);
        return { status: 'done' as const };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/sessions',
      operationId: 'listSessions',
      summary: 'Where the signed-in user is signed in',
      tag: 'account',
      response: sessionList,
      errors: ['unauthorized'],
      handle: async ({ request }) => {
        const auth = await requireAuth(ctx, request);
        return presentSessions(await listOwnSessions(ctx, auth), auth.session);
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/sessions',
      operationId: 'signOutEverywhere',
      summary: 'Sign out everywhere: end every session of the signed-in user',
      tag: 'account',
      response: done,
      errors: ['unauthorized', 'forbidden'],
      handle: async ({ request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const sessionsEnded = await signOutEverywhere(ctx, auth);
        setSessionCookie(ctx, reply, '', 0);
        return { status: 'done' as const, sessionsEnded };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/me/totp',
      operationId: 'startTwoFactorSetup',
      summary: 'Start setting up two-factor sign-in: a secret and a QR code for an authenticator app',
      tag: 'account',
      response: totpSetup,
      errors: ['unauthorized', 'forbidden', 'conflict'],
      handle: async ({ request }) => startTotpSetup(ctx, await requireAuth(ctx, request)),
    }),
    defineRoute({
      method: 'POST',
      path: '/me/totp/confirm',
      operationId: 'confirmTwoFactorSetup',
      summary: 'Turn two-factor sign-in on with a current code from the app',
      tag: 'account',
      body: totpCodeInput,
      response: done,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'conflict'],
      handle: async ({ body, request }) => {
        await confirmTotpSetup(ctx, await requireAuth(ctx, request), body.code);
        return { status: 'done' as const };
      },
    }),
  ];
}
