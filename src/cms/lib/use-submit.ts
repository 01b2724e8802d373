import { useState } from 'react';
import { toApiError, type ApiError } from '../api/client.ts';

/** Sends a form's change once at a time, keeping the error to show and whether it went through. */
export function useSubmit(send: () => Promise<unknown>, onDone?: () => void) {
  const [error, setError] = useState<ApiError>();
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const submit = async () => {
    setIsBusy(true);
    setIsSaved(false);
    try {
      await send();
      setError(undefined);
      setIsSaved(true);
      onDone?.();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setIsBusy(false);
    }
  };
  return { submit, error, isBusy, isSaved };
}
