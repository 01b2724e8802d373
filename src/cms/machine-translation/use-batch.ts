import { useEffect, useRef, useState } from 'react';
import { api, segment } from '../api/client.ts';
import type { Batch } from './types.ts';

const pollMs = 1000;

/**
 * Follows a machine translation batch while it runs: asks for its progress every second until nothing in
 * it is queued any more, then calls `onFinished` once. A failed request is tried again a little later.
 */
export function useBatch(region: string, batchId: number | null, onFinished?: (batch: Batch) => void) {
  const [batch, setBatch] = useState<Batch>();
  // The newest callback, without restarting the polling when the caller passes a new function.
  const finished = useRef(onFinished);
  finished.current = onFinished;
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
        if (current.queued > 0) timer = setTimeout(() => void poll(), pollMs);
        else finished.current?.(current);
      } catch {
        if (isStopped) return;
        timer = setTimeout(() => void poll(), pollMs * 5);
      }
    };
    void poll();
    return () => {
      isStopped = true;
      clearTimeout(timer);
    };
  }, [region, batchId]);
  return { batch: batch?.id === batchId ? batch : undefined };
}
