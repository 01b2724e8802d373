import { useEffect, useState } from 'react';
import { api, segment, toApiError, type ApiError } from '../api/client.ts';
import { useApi } from '../lib/use-api.ts';
import { useSubmit } from '../lib/use-submit.ts';
import type { LinkCheckStatus, LinkReport } from './types.ts';

const pollMs = 2000;

/**
 * The region's broken and moved links, and its link check: "check now" starts one, and while one runs its
 * progress is asked for every two seconds; when it is over, the list is loaded again. A failed request
 * for the progress is shown; asking stops when the server refuses (4xx) and goes on otherwise (the server
 * may be restarting, the connection may be back soon).
 */
export function useLinkCheck(region: string) {
  const base = `/regions/${segment(region)}/links`;
  const report = useApi<LinkReport>(`${base}?status=broken,moved`);
  const { reload } = report;
  // The newest progress while a check runs; the report's own state otherwise.
  const [progress, setProgress] = useState<LinkCheckStatus>();
  const [progressError, setProgressError] = useState<ApiError>();
  const check = progress ?? report.data?.check;
  const isRefused = progressError !== undefined && progressError.status >= 400 && progressError.status < 500;
  useEffect(() => {
    if (!check?.isRunning || isRefused) return;
    const timer = setTimeout(() => {
      api<LinkCheckStatus>('GET', `${base}/check`)
        .then(async (current) => {
          setProgressError(undefined);
          if (current.isRunning) return setProgress(current);
          await reload();
          setProgress(undefined);
        })
        .catch((caught: unknown) => {
          setProgressError(toApiError(caught));
          setProgress({ ...check });
        });
    }, pollMs);
    return () => clearTimeout(timer);
  }, [base, check, reload, isRefused]);
  const start = useSubmit(async () => {
    setProgressError(undefined);
    setProgress(await api<LinkCheckStatus>('POST', `${base}/check`));
  });
  return { report, check, start, progressError };
}
