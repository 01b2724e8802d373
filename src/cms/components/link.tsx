import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { BASE, navigate } from '../lib/router.ts';

/** A link to a workspace path that changes the screen without reloading the app. */
export function Link({ to, ...rest }: { to: string } & ComponentPropsWithRef<'a'>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a {...rest} href={`${BASE}${to}`} onClick={onClick} />;
}
