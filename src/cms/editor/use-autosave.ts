import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';

/** Where the autosave of the text being edited stands. */
export type AutosaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed' };

const delayMs = 1500;

/**
 * Keeps unsaved typing on the server (not as a version) a moment after each change, so that closing the
 * tab, a crash or a lost connection never loses it. Reopening the page offers it back.
 */
export function useAutosave(options: {
  path: string;
  isDirty: boolean;
  body: { language: string; title: string; slug: string; contentHtml: string; baseVersionId: number | null };
}): AutosaveState {
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const serialized = JSON.stringify(options.body);
  useEffect(() => {
    if (!options.isDirty) {
      setState({ kind: 'idle' });
      return;
    }
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      setState({ kind: 'saving' });
      api<{ savedAt: string }>('PUT', options.path, JSON.parse(serialized))
        .then(({ savedAt }) => isCurrent && setState({ kind: 'saved', at: savedAt }))
        .catch(() => isCurrent && setState({ kind: 'failed' }));
    }, delayMs);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [options.path, options.isDirty, serialized]);

  const isAtRisk = options.isDirty && state.kind !== 'saved';
  useEffect(() => {
    if (!isAtRisk) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isAtRisk]);
  return state;
}
