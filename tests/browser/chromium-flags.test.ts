// The browser the tests launch keeps Playwright's own switched-off features (Chromium honours
// only the last --disable-features, so tests/support/chromium.ts repeats Playwright's list before
// its own) and starts none of its toolbar's own pages.
// Read from the running browser's command line (Linux /proc), not from our own constant.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser, releaseBrowser } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await releaseBrowser(browser);
});

/** Command lines of the Chromium browser processes this test process started. */
function browserCommandLines(): string[][] {
  const lines: string[][] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      if (ppid === process.pid && argv.some((a) => a.includes('chromium') || a === CHROMIUM_PATH)) lines.push(argv);
    } catch {
      // The process ended while we looked.
    }
  }
  return lines;
}

it("passes one --disable-features list that keeps every feature Playwright switches off", () => {
  const lines = browserCommandLines();
  expect(lines.length).toBeGreaterThan(0);
  for (const argv of lines) {
    const lists = argv.filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(','));
    // Playwright's own comes first; the one Chromium applies is the last.
    expect(lists.length).toBeGreaterThanOrEqual(1);
    const applied = new Set(lists.at(-1));
    for (const feature of lists[0]!) expect(applied, feature).toContain(feature);
    expect(applied).toContain('WebUIReloadButton');
  }
});

it('starts no page for its own toolbar (omnibox popups), which would compete with the explorer for the CPU', async () => {
  // Without the switches, Chromium has made those pages by the time a new tab is ready.
  const page = await browser.newPage();
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: { type: string; url: string }[] };
    expect(targetInfos.filter((t) => t.type === 'browser_ui' || t.url.startsWith('chrome://')).map((t) => t.url)).toEqual([]);
  } finally {
    await cdp.detach();
    await page.close();
  }
});
