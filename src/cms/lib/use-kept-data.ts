import { useRef } from 'react';
import type { Loaded } from './use-api.ts';

/**
 * A resource's data, or while it loads again under another filter, the data last loaded under the same
 * `key` (the region's list, say), so that the screen and the focused filter stay instead of giving way to
 * the loading placeholder. Data of another key is never handed out.
 */
export function useKeptData<T>(loaded: Loaded<T>, key: string): T | undefined {
  const last = useRef<{ key: string; data: T }>(undefined);
  if (loaded.data) last.current = { key, data: loaded.data };
  if (loaded.data) return loaded.data;
  return loaded.isLoading && last.current?.key === key ? last.current.data : undefined;
}
