import type { AppContext } from '../context.ts';
import type { VersionRow } from '../content/repo.ts';
import type { RegionRow } from '../regions/repo.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { insertNotifications, listUsersWithRoles } from './repo.ts';

/** Where a page is edited in the workspace. */
function pageLink(ctx: AppContext, region: RegionRow, pageId: number): string {
  return `${ctx.config.publicUrl}/cms/regions/${region.slug}/pages/${pageId}`;
}

/** Tells the region's editors and managers (not the author) that a version waits for their review. */
export async function notifyReviewRequested(
  ctx: AppContext,
  region: RegionRow,
  version: VersionRow,
  authorId: number,
) {
  const reviewers = (await listUsersWithRoles(ctx.db, region.id, ['editor', 'region-manager'])).filter(
    (user) => user.id !== authorId,
  );
  const details = {
    pageId: version.item_id,
    versionId: version.id,
    title: version.title,
    language: version.language_tag,
  };
  await insertNotifications(
    ctx.db,
    reviewers.map((user) => ({
      user_id: user.id,
      region_id: region.id,
      kind: 'review.requested' as const,
      details,
    })),
  );
  const link = pageLink(ctx, region, version.item_id);
  for (const reviewer of reviewers) {
    await queueMail(ctx.db, {
      to: reviewer.email,
      subject: `Lotse ${region.name}: „${version.title}“ wartet auf Freigabe / waits for review`,
      text:
        `„${version.title}“ (${version.language_tag}) wurde zur Freigabe eingereicht:\n${link}\n\n` +
        `"${version.title}" (${version.language_tag}) was submitted for review:\n${link}\n`,
    });
  }
}

/** Tells the author how the review went, with the reviewer's comment. */
export async function notifyReviewDecided(
  ctx: AppContext,
  region: RegionRow,
  version: VersionRow,
  decision: { isApproved: boolean; comment: string },
) {
  if (version.author_id === null) return;
  const author = await ctx.db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('id', '=', version.author_id)
    .executeTakeFirst();
  if (!author) return;
  const details = {
    pageId: version.item_id,
    versionId: version.id,
    title: version.title,
    isApproved: decision.isApproved,
    comment: decision.comment,
  };
  await insertNotifications(ctx.db, [
    { user_id: author.id, region_id: region.id, kind: 'review.decided', details },
  ]);
  const link = pageLink(ctx, region, version.item_id);
  const [german, english] = decision.isApproved
    ? ['wurde freigegeben und ist veröffentlicht', 'was approved and is published']
    : ['wurde zur Überarbeitung zurückgegeben', 'was sent back for changes'];
  const comment = decision.comment ? `\n\n${decision.comment}\n` : '\n';
  await queueMail(ctx.db, {
    to: author.email,
    subject: `Lotse ${region.name}: „${version.title}“ ${german} / ${english}`,
    text: `„${version.title}“ ${german}.${comment}${link}\n\n"${version.title}" ${english}.${comment}${link}\n`,
  });
}
