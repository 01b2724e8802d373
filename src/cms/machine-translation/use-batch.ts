import { useEffect, useState } from 'react';
import { api, ApiError, segment } from '../api/client.ts';
import type { Batch } from './types.ts';

const pollMs = 1000;

/**
 * Follows a machine translation batch while it runs: asks for its progress every second until nothing in
 * it is queued any more, then calls `onFinished` once.
 */
export function useBatch(region: string, batchId: number | null, onFinished?: (batch: Batch) => void) {
  const [batch, setBatch] = useState<Batch>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    if (batchId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isStopped = false;
    const poll = async () => {
      try {
        const current = await api<Batch>(
          'GET',
          `/regions/${segment(region)}/machine-translation/batches/${batchId}`,
        );
        if (isStopped) return;
        setBatch(current);
        setError(undefined);
        if (current.queued > 0) timer = setTimeout(() => void poll(), pollMs);
        else onFinished?.(current);
      } catch (caught) {
        if (isStopped) return;
        setError(caught instanceof ApiError ? caught : undefined);
        timer = setTimeout(() => void poll(), pollMs * 5);
      }
    };
    void poll();
    return () => {
      isStopped = true;
      clearTimeout(timer);
    };
    // onFinished is called once per batch; a new function on every render must not restart polling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [region, batchId]);
  return { batch: batch?.id === batchId ? batch : undefined, error };
}
