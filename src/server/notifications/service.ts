import type { AppContext } from '../context.ts';
import type { VersionRow } from '../content/repo.ts';
import type { RegionRow } from '../regions/repo.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { findUserAddress, insertNotifications, listUsersWithRoles } from './repo.ts';
import type { ReviewDecidedDetails, ReviewRequestedDetails } from './schema.ts';

/** Where the workspace opens a page in the editor, in a language. */
export function pageEditorLink(
  publicUrl: string,
  region: Pick<RegionRow, 'slug'>,
  page: { pageId: number; language: string },
): string {
  const path = [region.slug, 'pages', page.pageId, page.language].map((part) =>
    encodeURIComponent(String(part)),
  );
  return `${publicUrl}/cms/r/${path.join('/')}`;
}

function versionEditorLink(ctx: AppContext, region: RegionRow, version: VersionRow): string {
  return pageEditorLink(ctx.config.publicUrl, region, {
    pageId: version.item_id,
    language: version.language_tag,
  });
}

/** What every review notification says about the version it is about. */
function versionDetails(version: VersionRow): ReviewRequestedDetails {
  return {
    pageId: version.item_id,
    language: version.language_tag,
    versionId: version.id,
    title: version.title,
  };
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
  const details = versionDetails(version);
  await insertNotifications(
    ctx.db,
    reviewers.map((user) => ({
      user_id: user.id,
      region_id: region.id,
      kind: 'review.requested' as const,
      details: { ...details },
    })),
  );
  const link = versionEditorLink(ctx, region, version);
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
  const author = await findUserAddress(ctx.db, version.author_id);
  if (!author) return;
  const details: ReviewDecidedDetails = {
    ...versionDetails(version),
    decision: decision.isApproved ? 'approved' : 'sent-back',
    isApproved: decision.isApproved,
    comment: decision.comment,
  };
  await insertNotifications(ctx.db, [
    { user_id: author.id, region_id: region.id, kind: 'review.decided', details: { ...details } },
  ]);
  const link = versionEditorLink(ctx, region, version);
  const [german, english] = decision.isApproved
    ? ['wurde freigegeben und ist veröffentlicht', 'was approved and is published']
    : ['wurde zur Überarbeitung zurückgegeben', 'was sent back for changes'];
  const comment = decision.comment ? `\n\n${decision.comment}\n` : '\n';
  await queueMail(ctx.db, {
    to: author.email,
    subject: `Lotse ${region.name}: „${version.title}“ ${german} / ${english}`,
    text: `„${version.title}“ (${version.language_tag}) ${german}.${comment}${link}\n\n"${version.title}" (${version.language_tag}) ${english}.${comment}${link}\n`,
  });
}
