import type { Browser } from 'playwright-core';

/** What one first visit of a page cost on the throttled profile. */
export interface FirstLoad {
  /** Compressed bytes on the wire, per resource type (document, stylesheet, script, …), fonts excluded. */
  bytesByType: Record<string, number>;
  totalBytes: number;
  lcpMs: number;
}

/**
 * Lighthouse's mobile profile: a mid-range phone (412 × 823, DPR 1.75) on "Slow 4G" (150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up) with the CPU slowed down four times.
 */
const mobileProfile = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
  cpuSlowdown: 4,
};

/** Opens a page in a fresh browser context (nothing cached) on the throttled profile and measures it. */
export async function measureFirstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await browser.newContext({
    viewport: mobileProfile.viewport,
    deviceScaleFactor: mobileProfile.deviceScaleFactor,
    isMobile: mobileProfile.isMobile,
    hasTouch: mobileProfile.hasTouch,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', mobileProfile.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: mobileProfile.cpuSlowdown });
  const types = new Map<string, string>();
  const bytesByType: Record<string, number> = {};
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type.toLowerCase()));
  cdp.on('Network.loadingFinished', (event) => {
    const type = types.get(event.requestId) ?? 'other';
    if (type !== 'font') bytesByType[type] = (bytesByType[type] ?? 0) + event.encodedDataLength;
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== 200)
    throw new Error(`${url} answered ${response?.status()}, not a page to measure.`);
  const lcpMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]!.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await page.waitForLoadState('networkidle');
  await context.close();
  const totalBytes = Object.values(bytesByType).reduce((sum, bytes) => sum + bytes, 0);
  return { bytesByType, totalBytes, lcpMs };
}
