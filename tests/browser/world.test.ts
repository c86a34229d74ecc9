// The explorer on a generated world big enough for its large-graph mode (thousands of
// relations): it loads without errors, and after every slider move, forward, back and in
// jumps, the drawn edges are exactly the server's snapshot at the shown date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadWorld } from '../../server/generate/load-world.ts';
import { generateWorld } from '../../server/generate/world.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, openApp } from './support.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  const world = generateWorld({ states: 60, orgs: 80, spells: 6000, events: 1000, seed: 7 });
  server = await startTestServer({ load: (engine, registry) => loadWorld(engine, registry, world) });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The date shown and the ids of the edges drawn (not hidden). */
const drawn = (page: Page) =>
  page.evaluate(() => ({
    at: window.explorer!.snapshot()!.at,
    ids: window
      .cy!.edges()
      .filter((e) => !e.hasClass('hidden') && e.visible())
      .map((e) => e.id())
      .sort(),
  }));

async function moveSlider(page: Page, fraction: number): Promise<void> {
  await page.evaluate((f) => {
    const input = document.querySelector<HTMLInputElement>('#slider')!;
    const min = Number(input.min);
    const max = Number(input.max);
    input.value = String(Math.round(min + (max - min) * f));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, fraction);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

describe('the explorer on a generated world', () => {
  it('draws the server snapshot at every date the slider reaches', async () => {
    // A generated world takes longer to lay out than the seed data: allow for a busy machine.
    const { page, errors } = await openApp(browser, server.url, '/?at=1990-01-01', undefined, 90_000);
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe('true');
    expect(await page.evaluate(() => window.cy!.edges().length)).toBe(7000);
    // Large-graph mode: what is not shown is out of the render, not merely transparent.
    expect(await page.evaluate(() => window.cy!.edges('.hidden').first().style('display'))).toBe('none');
    for (const f of [0.5, 0.52, 0.55, 0.3, 0.9, 0.1, 1, 0.6]) {
      await moveSlider(page, f);
      const { at, ids } = await drawn(page);
      const api = (await (await fetch(`${server.url}/api/graph?at=${at}`)).json()) as { edges: { id: string }[] };
      const expected = api.edges.map((e) => e.id).sort();
      expect(ids, `edges drawn on ${at}`).toEqual(expected);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('lists the first rows of a large snapshot and says how many there are', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2000-01-01', undefined, 90_000);
    const rows = await page.locator('#table-body tr').count();
    const title = await page.locator('#table-title').textContent();
    const active = await page.evaluate(() => window.explorer!.snapshot()!.relations.length);
    expect(active).toBeGreaterThan(300);
    expect(rows).toBe(300);
    expect(title).toContain(`first 300 of ${active}`);
    // The filter narrows the whole snapshot, not only the rows on screen.
    await page.fill('#table-filter', 'S01');
    const narrowed = await page.evaluate(() => window.explorer!.snapshot()!.relations.filter((r) => r.source === 'S01' || r.target === 'S01').length);
    expect(narrowed).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#table-body tr').count()).toBe(Math.min(narrowed, 300));
    await page.close();
  }, 180_000);
});
