import { useEffect, useState, type RefObject } from 'react';

const overscan = 30;
const fallbackRowHeight = 44;

/** The slice of a long list to draw, and the space that stands in for the rows above and below it. */
export interface RowWindow {
  start: number;
  end: number;
  spaceBefore: number;
  spaceAfter: number;
}

/**
 * Draws only the rows of a long list near the screen (the page scrolls as usual), so that a tree of
 * thousands of pages opens, filters and expands without delay. Rows must have one fixed height (set in the
 * stylesheet); it is read from the first drawn row. Short lists are drawn whole.
 */
export function useWindowedRows(
  list: RefObject<HTMLElement | null>,
  count: number,
  threshold = 200,
): RowWindow {
  const [range, setRange] = useState({
    start: 0,
    end: Math.min(count, threshold),
    rowHeight: fallbackRowHeight,
  });
  const isWindowed = count > threshold;

  useEffect(() => {
    if (!isWindowed) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const element = list.current;
      if (!element) return;
      const row = element.querySelector(':scope > li');
      const rowHeight = (row && parseFloat(getComputedStyle(row).blockSize)) || fallbackRowHeight;
      const top = element.getBoundingClientRect().top;
      const first = Math.max(0, Math.floor(-top / rowHeight) - overscan);
      const last = Math.min(count, Math.ceil((window.innerHeight - top) / rowHeight) + overscan);
      setRange((current) =>
        current.start === first && current.end === last && current.rowHeight === rowHeight
          ? current
          : { start: first, end: Math.max(first, last), rowHeight },
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [list, count, isWindowed]);

  if (!isWindowed) return { start: 0, end: count, spaceBefore: 0, spaceAfter: 0 };
  const start = Math.min(range.start, count);
  const end = Math.min(Math.max(range.end, start), count);
  return { start, end, spaceBefore: start * range.rowHeight, spaceAfter: (count - end) * range.rowHeight };
}
