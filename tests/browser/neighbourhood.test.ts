// Neighbourhood mode on the seed data (as in Neo4j Bloom): start from one actor, see it and
// its neighbours at the date, click a neighbour to expand its own. What is drawn is checked
// against the server's snapshot at the date. Needs `npm run build:client` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, releaseBrowser, openApp, waitForRender } from './support.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ samePort: true });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});

const visibleNodes = (page: Page) =>
  page.evaluate(() =>
    window
      .cy!.nodes()
      .filter((n) => n.visible() && !n.hasClass('hidden'))
      .map((n) => n.id())
      .sort(),
  );

describe('neighbourhood mode', () => {
  it('starts from the open actor and expands a neighbour on click', async () => {
    const at = '2010-06-01';
    const api = (await (await fetch(`${server.url}/api/graph?at=${at}`)).json()) as { edges: { source: string; target: string }[] };
    const around = (ids: string[]) => {
      const out = new Set(ids);
      for (const e of api.edges) if (ids.includes(e.source) || ids.includes(e.target)) out.add(e.source).add(e.target);
      return [...out].sort();
    };
    const { page, errors } = await openApp(browser, server.url, `/?at=${at}&focus=KAZ`);
    const all = (await visibleNodes(page)).length;
    // The controls sit folded under the filters on small data: open them as a person would.
    if (!(await page.locator('#graph-options').evaluate((d) => (d as HTMLDetailsElement).open))) await page.click('#graph-options summary');
    await page.click('#hood-start');
    await waitForRender(page, { hood: 'KAZ' });
    const first = around(['KAZ']);
    expect(await visibleNodes(page)).toEqual(first);
    expect(first.length).toBeLessThan(all);
    // Expand a neighbour that brings someone new.
    const next = first.find((id) => id !== 'KAZ' && around(['KAZ', id]).length > first.length)!;
    expect(next).toBeDefined();
    await page.evaluate((id) => {
      window.cy!.getElementById(id).emit('tap');
    }, next);
    await waitForRender(page, { hood: `KAZ,${next}` });
    expect(await visibleNodes(page)).toEqual(around(['KAZ', next]));
    // Back to the whole graph.
    await page.click('#hood-clear');
    await page.waitForFunction(() => window.explorer!.store.state.view.hood === null);
    expect((await visibleNodes(page)).length).toBe(all);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
