import { useCallback, useEffect, useRef, useState } from 'react';

type Target = () => HTMLElement | null | undefined;

/**
 * Moves focus once the next render is on screen: to a heading, a notice or the button that opened a form,
 * when what had focus (an inline form, a row) goes away. Without it focus would fall to the page's body.
 */
export function useFocusAfterRender(): (target: Target) => void {
  const pending = useRef<Target>(undefined);
  const [renders, setRenders] = useState(0);
  useEffect(() => {
    const target = pending.current;
    pending.current = undefined;
    target?.()?.focus();
  }, [renders]);
  return useCallback((target: Target) => {
    pending.current = target;
    setRenders((count) => count + 1);
  }, []);
}
