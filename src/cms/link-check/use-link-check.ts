import { useEffect, useState } from 'react';
import { api, segment } from '../api/client.ts';
import { useApi } from '../lib/use-api.ts';
import { useSubmit } from '../lib/use-submit.ts';
import type { LinkCheckStatus, LinkReport } from './types.ts';

const pollMs = 2000;

/**
 * The region's broken and moved links, and its link check: "check now" starts one, and while one runs its
 * progress is asked for every two seconds; when it is over, the list is loaded again.
 */
export function useLinkCheck(region: string) {
  const base = `/regions/${segment(region)}/links`;
  const report = useApi<LinkReport>(`${base}?status=broken,moved`);
  const { reload } = report;
  // The newest progress while a check runs; the report's own state otherwise.
  const [progress, setProgress] = useState<LinkCheckStatus>();
  const check = progress ?? report.data?.check;
  useEffect(() => {
    if (!check?.isRunning) return;
    const timer = setTimeout(() => {
      api<LinkCheckStatus>('GET', `${base}/check`)
        .then(async (current) => {
          if (current.isRunning) return setProgress(current);
          await reload();
          setProgress(undefined);
        })
        // Asked again a little later: the server may be restarting.
        .catch(() => setProgress({ ...check }));
    }, pollMs);
    return () => clearTimeout(timer);
  }, [base, check, reload]);
  const start = useSubmit(async () => setProgress(await api<LinkCheckStatus>('POST', `${base}/check`)));
  return { report, check, start };
}
