import { useEffect } from 'react';

/** Sets the browser tab's title to the screen's, so people and screen readers know where they are. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Lotse`;
  }, [title]);
}
