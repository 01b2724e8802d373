// Makes any token sequence safe to turn into markup: only known codes, properly nested, nothing empty.
import type { InlineCode, InlineToken } from './html-units.ts';

/**
 * The tokens with codes the unit does not have (or has as the other kind) dropped and passed to
 * `onUnknownCode`, closes that do not match repaired (inner codes are closed and opened again), stray closes
 * dropped, codes left open closed at the end, and pairs without content removed.
 */
export function balanceTokens(
  tokens: readonly InlineToken[],
  codes: ReadonlyMap<string, InlineCode>,
  onUnknownCode: (codeId: string) => void,
): InlineToken[] {
  const out: InlineToken[] = [];
  const open: string[] = [];
  const isKnown = (id: string, kind: InlineCode['kind']) => {
    if (codes.get(id)?.kind === kind) return true;
    onUnknownCode(id);
    return false;
  };
  const close = (id: string) => {
    const last = out.at(-1);
    if (last && 'open' in last && last.open === id) out.pop();
    else out.push({ close: id });
  };
  for (const token of tokens) {
    if ('text' in token) {
      if (token.text !== '') out.push({ text: token.text });
    } else if ('placeholder' in token) {
      if (isKnown(token.placeholder, 'placeholder')) out.push({ placeholder: token.placeholder });
    } else if ('open' in token) {
      if (!isKnown(token.open, 'paired')) continue;
      out.push({ open: token.open });
      open.push(token.open);
    } else if (isKnown(token.close, 'paired')) {
      const index = open.lastIndexOf(token.close);
      if (index < 0) continue;
      const inner = open.splice(index);
      for (const id of [...inner].reverse()) close(id);
      for (const id of inner.slice(1)) {
        out.push({ open: id });
        open.push(id);
      }
    }
  }
  for (const id of open.reverse()) close(id);
  return out;
}
