// The analysis panels in a real browser over the real server and seeds: a path lit at a date
// and following the slider, its history strip, shifts with their evidence, centrality sizes,
// compare mode's added and ghost relations, and the read-only Cypher console.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, openApp, relationId } from './support.ts';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(500); // let the fades finish
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

const withClass = (page: Page, selector: string, cls: string) =>
  page.evaluate(([sel, c]) => window.cy!.$(sel!).filter((e) => e.hasClass(c!)).map((e) => e.id()).sort(), [selector, cls] as const);

describe('paths in time', () => {
  it('lights the ARM → CHN path at 2020-06-01, dims the rest, and follows the slider', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2020-06-01&path=ARM,CHN&panel=paths');
    await page.waitForFunction(() => window.cy!.edges('.on-path').length > 0);
    const lit = await withClass(page, 'edge', 'on-path');
    expect(lit.length).toBe(3);
    // The path runs from Armenia to China over drawn nodes; everything else is dimmed.
    const ends = await page.evaluate(() => ['ARM', 'CHN'].map((id) => window.cy!.getElementById(id).hasClass('path-end')));
    expect(ends).toEqual([true, true]);
    const dimmed = await withClass(page, 'edge', 'dimmed');
    const visible = await page.evaluate(() => window.cy!.edges().not('.hidden').length);
    expect(dimmed.length).toBe(visible - lit.length);
    await expect.poll(() => page.locator('#path-answer').textContent()).toMatch(/^1 Jun 2020: Armenia → .* → China, 3 steps, via /);

    // The history strip: spans tiling time, the first not connected, then connected.
    const spans = page.locator('#path-strip .span');
    expect(await spans.count()).toBeGreaterThanOrEqual(2);
    expect(await spans.first().getAttribute('data-connected')).toBe('false');
    expect(await page.locator('#path-strip .span.current').getAttribute('data-connected')).toBe('true');
    await shot(page, 'paths-ARM-CHN-2020');

    // Moving the slider: in January 2022 (CSTO deployment to Kazakhstan) the path is two steps.
    await page.evaluate(() => window.explorer!.store.update({ at: '2022-01-10' }, 'transient'));
    await page.waitForFunction(() => window.cy!.edges('.on-path').length === 2);
    await expect.poll(() => page.locator('#path-answer').textContent()).toMatch(/2 steps/);
    // Before 2001 the two are not connected: no lit edge, and the answer says when they will be.
    await page.evaluate(() => window.explorer!.store.update({ at: '1995-01-01' }, 'transient'));
    await page.waitForFunction(() => window.cy!.edges('.on-path').length === 0);
    await expect.poll(() => page.locator('#path-answer').textContent()).toMatch(/not connected on 1 Jan 1995; first connected 15 Jun 2001/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('picks the two ends by right-clicking actors', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2020-06-01');
    await page.evaluate(() => window.cy!.getElementById('ARM').emit('cxttap'));
    await expect.poll(() => page.locator('#paths-panel .form-message').textContent()).toMatch(/Path from Armenia/);
    await page.evaluate(() => window.cy!.getElementById('CHN').emit('cxttap'));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('path') === 'ARM,CHN');
    await page.waitForFunction(() => window.cy!.edges('.on-path').length === 3);
    await page.close();
  });
});
