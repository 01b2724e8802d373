import type { LinkProblem } from './probe.ts';
import type { LinkRow, listLinkUses } from './repo.ts';
import type { LinkCheckStatus } from './schema.ts';

type LinkUseRow = Awaited<ReturnType<typeof listLinkUses>>[number];

/** The region's links as the API shows them, each with the texts that use it. */
export function presentLinks(links: LinkRow[], uses: LinkUseRow[]) {
  const usesByUrl = new Map<string, LinkUseRow[]>();
  for (const use of uses) {
    const list = usesByUrl.get(use.url) ?? [];
    list.push(use);
    usesByUrl.set(use.url, list);
  }
  return links.map((link) => ({
    url: link.url,
    status: link.outcome ?? ('unchecked' as const),
    httpStatus: link.http_status,
    problem: link.problem as LinkProblem | null,
    movedTo: link.moved_to,
    checkedAt: link.checked_at?.toISOString() ?? null,
    uses: (usesByUrl.get(link.url) ?? []).map((use) => ({
      itemType: use.item_type,
      itemId: use.item_id,
      language: use.language_tag,
      versionId: use.version_id,
      title: use.title,
    })),
  }));
}

/** Where the region's link check stands (see LinkCheckStatus). */
export function presentCheckStatus(status: {
  isRunning: boolean;
  checked: number;
  total: number;
  requestedAt: Date | null;
  lastCheckedAt: Date | null;
}): LinkCheckStatus {
  return {
    ...status,
    requestedAt: status.requestedAt?.toISOString() ?? null,
    lastCheckedAt: status.lastCheckedAt?.toISOString() ?? null,
  };
}
