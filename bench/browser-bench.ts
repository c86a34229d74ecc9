// Times the explorer in Debian's headless Chromium: first network drawn after navigation, a
// slider step from the input event to the next drawn frame (over a sweep of the range, and
// one year at a time as Play steps), and the frames of a pan and a zoom by mouse.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../tests/support/chromium.ts';
import { summarize, type Summary } from './stats.ts';

export interface BrowserFigures {
  /**
   * From navigation start (the page's own clock) to the first frame that shows the network:
   * the page is ready and, with the batched edge layer, the layer has drawn; read in the next
   * animation frame, i.e. once that frame has been produced.
   */
  firstDrawMs: number;
  /**
   * The same moment as this script sees it through the DevTools protocol: from page.goto to
   * two animation frames after ready, plus the protocol's round trips (an upper bound).
   */
  firstDrawSeenMs: number;
  /** From the input event to the next drawn frame: what a person waits, vsync included. */
  step: Summary;
  /** The main-thread work of a step: the input handler plus the frame's drawing callbacks. */
  stepWork: Summary;
  /** A one-year step (what Play does), input to next drawn frame, from 1990 on where the data allows. */
  yearStep: Summary;
  /** Time between drawn frames while panning (drag) and zooming (wheel) by mouse. */
  panZoomFrame: Summary;
}

export async function benchBrowser(base: string, o: { steps: number }): Promise<BrowserFigures | null> {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`(no ${CHROMIUM}: browser figures skipped; apt-get install chromium)`);
    return null;
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx (esbuild) names the functions declared in the callbacks below with a __name helper
    // that exists in Node, not in the page.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    // Watches every frame from the first: the first one that starts after the network was drawn.
    await page.addInitScript({
      content: `(() => {
        const tick = () => {
          const ready = document.body ? document.body.dataset.ready : undefined;
          if (ready !== undefined && ready !== 'true') return;
          const draws = ready === 'true' && window.explorer ? window.explorer.layerDraws() : null;
          if (ready === 'true' && (draws === null || draws > 0)) { window.__firstDrawnAt = performance.now(); return; }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })();`,
    });
    const t0 = Date.now();
    await page.goto(`${base}/?at=2010-06-01`);
    // body[data-ready] is set once the network is built and laid out (or failed to load).
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 300_000 });
    const ready = await page.evaluate(() => document.body.dataset.ready);
    if (ready !== 'true') throw new Error(`the explorer did not load (${ready})`);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const firstDrawSeenMs = Date.now() - t0;
    await page.waitForFunction(() => (window as unknown as { __firstDrawnAt?: number }).__firstDrawnAt !== undefined, null, { timeout: 60_000 });
    const firstDrawMs = Math.round(await page.evaluate(() => (window as unknown as { __firstDrawnAt: number }).__firstDrawnAt));
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
    const years = await page.evaluate(async (steps: number) => {
      const input = document.querySelector<HTMLInputElement>('#slider')!;
      const min = Number(input.min);
      const max = Number(input.max);
      const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
      const dayOf = (year: number) => Date.UTC(year, 0, 1) / 86_400_000;
      // Play's one-year steps over the years of the data from 1990 (or its first year), again
      // from the start when the last year is reached.
      const first = Math.max(yearOf(min) + 1, Math.min(1990, yearOf(max) - 2));
      const last = yearOf(max);
      const total: number[] = [];
      for (let i = 0; i < steps; i++) {
        const year = first + (i % Math.max(1, last - first));
        const start = performance.now();
        input.value = String(Math.max(min, Math.min(max, dayOf(year))));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        total.push(performance.now() - start);
      }
      return total;
    }, o.steps);
    // Pan and zoom by real mouse input, counting the time between frames meanwhile (and for
    // half a second after, when a large graph draws its edges back).
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      w.__frames = [];
      w.__recording = true;
      let last = performance.now();
      const tick = (t: number) => {
        w.__frames.push(t - last);
        last = t;
        if (w.__recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame((t) => {
        last = t;
        requestAnimationFrame(tick);
      });
    });
    const box = await page.locator('#cy').boundingBox();
    if (!box) throw new Error('no #cy on the page');
    // Dragged from near a corner, where a drag pans (from a node it would move the node).
    const cx = box.x + 30;
    const cy = box.y + 30;
    for (let round = 0; round < 3; round++) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.mouse.move(cx + 300, cy + 200, { steps: 20 });
      await page.mouse.move(cx + 50, cy + 40, { steps: 20 });
      await page.mouse.up();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -120 : 120);
    }
    const frames = await page.evaluate(async () => {
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      const until = performance.now() + 500;
      while (performance.now() < until) await new Promise((r) => requestAnimationFrame(r));
      w.__recording = false;
      return w.__frames;
    });
    return { firstDrawMs, firstDrawSeenMs, step: summarize(samples.total), stepWork: summarize(samples.work), yearStep: summarize(years), panZoomFrame: summarize(frames) };
  } finally {
    await browser.close();
  }
}
