// How long the workspace's page tree takes to open in Chromium, from navigation start to the rows on screen,
// and how long showing every page (expand all) takes.
import { launchChromium } from '../../e2e/support.ts';

/** Median and worst of opening the tree `runs` times and of expanding all pages once per run. */
export async function measureTreeInBrowser(options: {
  origin: string;
  region: string;
  sessionCookie: string;
  pages: number;
  runs: number;
}): Promise<{ open: number[]; expandAll: number[] }> {
  const browser = await launchChromium();
  const context = await browser.newContext();
  const [name, value] = options.sessionCookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: options.origin }]);
  const page = await context.newPage();
  const open: number[] = [];
  const expandAll: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    await page.goto(`${options.origin}/cms/r/${options.region}/pages`);
    await page.waitForSelector('.page-tree > li');
    open.push(await page.evaluate(() => performance.now()));
    const started = Date.now();
    await page.getByRole('button', { name: 'Alle aufklappen' }).click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('.page-tree > li').length >= count,
      options.pages,
    );
    expandAll.push(Date.now() - started);
  }
  await browser.close();
  return { open, expandAll };
}
