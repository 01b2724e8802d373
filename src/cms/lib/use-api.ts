import { useCallback, useEffect, useState } from 'react';
import { api, toApiError, type ApiError } from '../api/client.ts';

/** What a GET request has brought so far: the data, the error, and a way to load it again. */
export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  /** Loads the resource again; resolves with what it loaded (undefined when that failed). */
  reload(): Promise<T | undefined>;
}

/**
 * Loads one API resource when the screen opens and whenever its path changes. Data of an earlier path is
 * never handed out for the current one (switching a page's language must not show the other language).
 */
export function useApi<T>(path: string | null): Loaded<T> {
  const [result, setResult] = useState<{ path: string; data?: T; error?: ApiError }>();
  const [loadingPath, setLoadingPath] = useState<string | null>(path);

  const reload = useCallback(async (): Promise<T | undefined> => {
    if (path === null) return undefined;
    setLoadingPath(path);
    try {
      const data = await api<T>('GET', path);
      setResult({ path, data });
      return data;
    } catch (caught) {
      const error = toApiError(caught);
      setResult((previous) => ({ path, data: previous?.path === path ? previous.data : undefined, error }));
      return undefined;
    } finally {
      setLoadingPath((current) => (current === path ? null : current));
    }
  }, [path]);

  useEffect(() => {
    void reload();
  }, [reload]);
  const isCurrent = result?.path === path;
  return {
    data: isCurrent ? result.data : undefined,
    error: isCurrent ? result.error : undefined,
    isLoading: path !== null && (loadingPath === path || !isCurrent),
    reload,
  };
}
