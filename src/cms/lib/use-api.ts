import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../api/client.ts';

/** What a GET request has brought so far: the data, the error, and a way to load it again. */
export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  reload(): Promise<void>;
}

/** Loads one API resource when the screen opens and whenever its path changes. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [isLoading, setIsLoading] = useState(path !== null);

  const reload = useCallback(async () => {
    if (path === null) return;
    setIsLoading(true);
    try {
      setData(await api<T>('GET', path));
      setError(undefined);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught), null));
    } finally {
      setIsLoading(false);
    }
  }, [path]);

  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, isLoading, reload };
}
