import type { Role } from '../users/schema.ts';
import { signInWithRole } from './sign-in.ts';
import type { TestApp } from './test-app.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Signs in a new user with a role in a region and answers a function for CMS requests in that region
 * (`/api/cms/regions/{region}…`), carrying the session cookie and the CSRF token.
 */
export async function actingAs(
  t: TestApp,
  role: Role,
  region: { id: number; slug: string },
  translatorLanguages: string[] = [],
) {
  const { headers } = await signInWithRole(t, role, region, translatorLanguages);
  return (method: Method, url: string, payload?: object, inRegion = region.slug) =>
    t.app.inject({
      method,
      url: `/api/cms/regions/${inRegion}${url}`,
      headers,
      ...(payload ? { payload } : {}),
    });
}

/** The titles of a region's public pages in a language, from the public API. */
export async function publicTitles(t: TestApp, slug: string, language = 'de'): Promise<string[]> {
  const response = await t.app.inject({ url: `/api/v1/regions/${slug}/${language}/pages` });
  return response.json().pages.map((page: { title: string }) => page.title);
}
