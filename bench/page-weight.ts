import { type Browser, chromium } from '@playwright/test';
import { percentile } from './report';

export type PageWeight = { pageBytes: number; jsBytes: number; fcpMs: number };

/** Chrome DevTools' "Slow 3G" as the issue states it: 400 ms round trip, 400 kbps each way. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** One cold load of `url` on a 360×640 phone over slow 3G, CPU unthrottled. */
async function loadOnce(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const types = new Map<string, string>();
    const bytes = new Map<string, number>();
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
    // Bytes on the wire, headers included, for the page and everything it loads.
    cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength));
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()} in chromium`);
    const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    const sum = (ids: Iterable<[string, number]>) => [...ids].reduce((total, [, n]) => total + n, 0);
    return {
      pageBytes: sum(bytes),
      jsBytes: sum([...bytes].filter(([id]) => types.get(id) === 'Script')),
      fcpMs,
    };
  } finally {
    await context.close();
  }
}

/** Weight and first contentful paint of `url`: bytes from the last of `runs` cold loads, FCP their median. */
export async function measurePage(browser: Browser, url: string, runs: number): Promise<PageWeight> {
  const loads: PageWeight[] = [];
  for (let i = 0; i < runs; i++) loads.push(await loadOnce(browser, url));
  return { ...loads.at(-1)!, fcpMs: percentile(loads.map((l) => l.fcpMs).filter(Number.isFinite), 50) };
}
