// How the workspace's page tree behaves in Chromium with a large region: opening it (navigation start →
// rows on screen), expanding every page, scrolling to the last one, and filtering by title.
import type { Page } from 'playwright-core';
import { launchChromium } from '../../e2e/support.ts';

/** Milliseconds per step and run. */
export interface TreeTimings {
  open: number[];
  expandAll: number[];
  scrollToEnd: number[];
  filter: number[];
}

/** Waits until the first drawn row says the list is `size` long, or until row `position` is drawn. */
const rowsShown = (page: Page, wanted: { size?: number; fewerThan?: number; position?: number }) =>
  page.waitForFunction(
    ({ size, fewerThan, position }) => {
      const first = document.querySelector('.page-tree > li');
      if (size !== undefined) return first?.ariaSetSize === String(size);
      if (fewerThan !== undefined) return Number(first?.ariaSetSize) < fewerThan;
      return !!document.querySelector(`.page-tree > li[aria-posinset="${position}"]`);
    },
    wanted,
    { polling: 'raf' },
  );

/** Opens the tree `runs` times in one browser (the first run with an empty cache) and times each step. */
export async function measureTreeInBrowser(options: {
  origin: string;
  region: string;
  sessionCookie: string;
  pages: number;
  runs: number;
}): Promise<TreeTimings> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const [name, value] = options.sessionCookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: options.origin }]);
  const page = await context.newPage();
  const timings: TreeTimings = { open: [], expandAll: [], scrollToEnd: [], filter: [] };
  const timed = async (step: () => Promise<unknown>) => {
    const started = performance.now();
    await step();
    return performance.now() - started;
  };
  for (let run = 0; run < options.runs; run++) {
    await page.goto(`${options.origin}/cms/r/${options.region}/pages`);
    await page.waitForSelector('.page-tree > li');
    timings.open.push(await page.evaluate(() => performance.now()));
    timings.expandAll.push(
      await timed(async () => {
        await page.getByRole('button', { name: 'Alle aufklappen' }).click();
        await rowsShown(page, { size: options.pages });
      }),
    );
    timings.scrollToEnd.push(
      await timed(async () => {
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await rowsShown(page, { position: options.pages });
      }),
    );
    timings.filter.push(
      await timed(async () => {
        await page.getByLabel('Titel enthält').fill('Seite 1');
        await rowsShown(page, { fewerThan: options.pages });
      }),
    );
  }
  await browser.close();
  return timings;
}
