/**
 * The best of the available languages for an Accept-Language header: exact tags first, then a match on the
 * primary language (`de-AT` takes `de`, `ar` takes `ar-SY`), by the header's q-values; else the fallback.
 */
export function negotiateLanguage(
  header: string | undefined,
  available: readonly string[],
  fallback: string,
): string {
  if (!header) return fallback;
  const wanted = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim().toLowerCase(), quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const lower = available.map((tag) => tag.toLowerCase());
  for (const { tag } of wanted) {
    const exact = lower.indexOf(tag);
    if (exact >= 0) return available[exact]!;
    const primary = tag.split('-')[0];
    const partial = lower.findIndex((candidate) => candidate.split('-')[0] === primary);
    if (partial >= 0) return available[partial]!;
  }
  return fallback;
}
