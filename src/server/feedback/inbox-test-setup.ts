// What the feedback inbox's tests share: a region with a page, its manager's requests, and readers who
// leave feedback through the public API.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import type { TestApp } from '../test-support/test-app.ts';
import type { Role } from '../users/schema.ts';
import { listFeedback } from './repo.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';

let clientNumber = 0;

/** A function for CMS requests under `/api/cms/regions/{region}/feedback` as a new user with a role there. */
export async function feedbackRequests(t: TestApp, role: Role, region: { id: number; slug: string }) {
  const { userId, headers } = await signInWithRole(t, role, region);
  const request = (method: Method, path = '', payload?: object, inRegion = region.slug) =>
    t.app.inject({
      method,
      url: `/api/cms/regions/${inRegion}/feedback${path}`,
      headers,
      ...(payload ? { payload } : {}),
    });
  return Object.assign(request, { userId });
}

/**
 * A new live region (German, English, Farsi, Arabic) with a page "Kita" (Arabic "الحضانة"), its manager's
 * requests to the inbox, and `leave` for a reader's feedback, answering the stored feedback's id.
 */
export async function setUpInbox(t: TestApp) {
  const region = await createTestRegion(t.ctx);
  const page = await createPublishedPage(t.ctx, {
    regionId: region.id,
    titles: { de: 'Kita', ar: 'الحضانة', en: 'Day care' },
  });
  const manager = await feedbackRequests(t, 'region-manager', region);
  const leave = async (language: string, feedback: object): Promise<number> => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/regions/${region.slug}/${language}/feedback`,
      payload: feedback,
      remoteAddress: `198.51.${Math.floor(++clientNumber / 250)}.${clientNumber % 250}`,
    });
    assert.equal(response.statusCode, 201, response.body);
    const [newest] = await listFeedback(t.ctx.db, region.id);
    return newest!.id;
  };
  const onPage = (rating: 'helpful' | 'not-helpful', more: object = {}) => ({
    targetType: 'page',
    targetId: page.pageId,
    rating,
    ...more,
  });
  return { region, page, manager, leave, onPage };
}

/** Makes a piece of feedback look as if it had been left `days` ago. */
export async function backdate(t: TestApp, feedbackId: number, days: number): Promise<void> {
  await sql`update feedback set created_at = now() - make_interval(days => ${days}::integer)
    where id = ${feedbackId}`.execute(t.ctx.db);
}
