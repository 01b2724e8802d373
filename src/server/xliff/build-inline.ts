// Turns tokens back into HTML nodes, taking every tag and attribute from the source unit.
import type { ChildNode, ParentNode } from 'domhandler';
import { Element, Text } from 'domhandler';
import { balanceTokens } from './balance-tokens.ts';
import type { InlineCode, InlineToken } from './html-units.ts';

/**
 * Builds the inline nodes for `tokens`. Elements come from `codes` by id only, so the tokens contribute
 * nothing but text; codes that do not fit are dropped and passed to `onUnknownCode` (see `balanceTokens`).
 */
export function buildInlineNodes(
  tokens: readonly InlineToken[],
  codes: ReadonlyMap<string, InlineCode>,
  onUnknownCode: (codeId: string) => void,
): ChildNode[] {
  const nodes: ChildNode[] = [];
  const open: Element[] = [];
  const add = (node: ChildNode) => {
    const parent = open.at(-1);
    if (parent) parent.children.push(node);
    else nodes.push(node);
  };
  for (const token of balanceTokens(tokens, codes, onUnknownCode)) {
    if ('text' in token) {
      add(new Text(token.text));
    } else if ('close' in token) {
      open.pop();
    } else {
      const code = codes.get('open' in token ? token.open : token.placeholder) as InlineCode;
      const element = new Element(code.tag, { ...code.attributes });
      add(element);
      if ('open' in token) open.push(element);
    }
  }
  for (const element of nodes) relinkTree(element);
  return nodes;
}

/** Puts `nodes` in place of the run `old` (consecutive children of one parent). */
export function replaceRun(old: readonly ChildNode[], nodes: readonly ChildNode[]): void {
  const parent = old[0]?.parent;
  if (!parent) return;
  const start = parent.children.indexOf(old[0] as ChildNode);
  parent.children.splice(start, old.length, ...nodes);
  relinkChildren(parent);
}

function relinkTree(node: ChildNode): void {
  if (!('children' in node)) return;
  relinkChildren(node);
  node.children.forEach(relinkTree);
}

function relinkChildren(parent: ParentNode): void {
  parent.children.forEach((child, index) => {
    child.parent = parent;
    child.prev = parent.children[index - 1] ?? null;
    child.next = parent.children[index + 1] ?? null;
  });
}
