// Times the explorer in Debian's headless Chromium: first network drawn after navigation,
// and one slider step from the input event to the next drawn frame, over a sweep of the range.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { summarize, type Summary } from './stats.ts';

const CHROMIUM = '/usr/bin/chromium';

export interface BrowserFigures {
  firstDrawMs: number;
  /** From the input event to the next drawn frame: what a person waits, vsync included. */
  step: Summary;
  /** The main-thread work of a step: the input handler plus the frame's drawing callbacks. */
  stepWork: Summary;
}

export async function benchBrowser(base: string, o: { steps: number }): Promise<BrowserFigures | null> {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`(no ${CHROMIUM}: browser figures skipped; apt-get install chromium)`);
    return null;
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const t0 = Date.now();
    await page.goto(`${base}/?at=2010-06-01`);
    // body[data-ready] is set once the network is built and laid out (or failed to load).
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 300_000 });
    const ready = await page.evaluate(() => document.body.dataset.ready);
    if (ready !== 'true') throw new Error(`the explorer did not load (${ready})`);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const firstDrawMs = Date.now() - t0;
    const samples = await page.evaluate(async (steps: number) => {
      const input = document.querySelector<HTMLInputElement>('#slider');
      if (!input) throw new Error('no #slider on the page');
      const min = Number(input.min);
      const max = Number(input.max);
      const total: number[] = [];
      const work: number[] = [];
      for (let i = 0; i < steps; i++) {
        const value = Math.round(min + ((max - min) * i) / Math.max(1, steps - 1));
        const start = performance.now();
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const sync = performance.now() - start;
        // The frame that shows the change is painted right after its animation-frame callbacks
        // (Cytoscape's drawing among them, registered before ours); a task queued from our
        // callback runs after that paint. In our callback, now - frame start is the drawing.
        const drawing = await new Promise<number>((r) =>
          requestAnimationFrame((frameStart) => {
            const d = performance.now() - frameStart;
            setTimeout(() => r(d), 0);
          }),
        );
        total.push(performance.now() - start);
        work.push(sync + drawing);
      }
      return { total, work };
    }, o.steps);
    return { firstDrawMs, step: summarize(samples.total), stepWork: summarize(samples.work) };
  } finally {
    await browser.close();
  }
}
