// Everyday interactions in a real browser: the time bar's keys and skip link, one tab stop for
// the table, Escape, the details' scroll, the Data menu and import problems, search by other
// names, the narrow layout, an unknown type in the URL, and a path that does not change after
// load. Every wait is on state (the rendered view, the store), never on time.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, releaseBrowser, openApp, waitForRender } from './support.ts';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
// A busy machine may take long to load the page; every later wait is on state.
const LOAD_MS = 90_000;
const LAPTOP = { width: 1280, height: 800 };
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer({ samePort: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});

const renderedAt = (page: Page) => page.evaluate(() => document.body.dataset.renderedAt ?? '');
const renderedView = async (page: Page) => new URLSearchParams(await page.evaluate(() => document.body.dataset.renderedView ?? ''));

describe('the time bar from the keyboard', () => {
  it('takes [, ] and Space while the slider has focus, and a skip link leads to it', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2010-06-01', LAPTOP, LOAD_MS);
    await waitForRender(page, { at: '2010-06-01' });
    // The first Tab reaches the skip link to the time bar, which moves focus to the slider.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the time bar');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'slider');

    await page.keyboard.press(']');
    await page.waitForFunction(() => (document.body.dataset.renderedAt ?? '') > '2010-06-01');
    const next = await renderedAt(page);
    await page.keyboard.press('[');
    await page.waitForFunction((d) => (document.body.dataset.renderedAt ?? '') < d, next);
    expect((await renderedAt(page)) <= '2010-06-01').toBe(true);

    await page.keyboard.press(' ');
    await page.waitForFunction(() => document.getElementById('play')?.getAttribute('aria-pressed') === 'true');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => document.getElementById('play')?.getAttribute('aria-pressed') === 'false');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('makes the table one tab stop, and Escape clears the selection', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2010-06-01&focus=ARM', LAPTOP, LOAD_MS);
    await waitForRender(page, { focus: 'ARM' });
    const rows = await page.locator('#table-body tr[data-relation]').count();
    expect(rows).toBeGreaterThan(10);
    const stops = await page.locator('#table-body button:not([tabindex="-1"])').count();
    expect(stops).toBe(1);
    // From the last column header, one Tab enters the rows and the next leaves the table.
    await page.focus('#table-header th:last-child button');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#table-body')))).toBe(true);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.relation);
    expect(second).toBe(await page.locator('#table-body tr[data-relation]').nth(1).getAttribute('data-relation'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#table-body')))).toBe(false);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URLSearchParams(document.body.dataset.renderedView ?? '').has('focus'));
    expect((await renderedView(page)).get('rel')).toBeNull();
    await page.close();
  });
});

describe('panels and the Data menu', () => {
  it('scrolls the details to the top on a new selection', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2024-06-01&focus=RUS', { width: 1280, height: 720 }, LOAD_MS);
    await waitForRender(page, { focus: 'RUS' });
    const scrolled = await page.evaluate(() => {
      const d = document.getElementById('details')!;
      d.scrollTop = d.scrollHeight;
      return d.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    const rel = await page.locator('#table-body tr[data-relation]').first().getAttribute('data-relation');
    await page.locator('#table-body tr[data-relation]').first().click();
    await waitForRender(page, { rel: rel! });
    expect(await page.evaluate(() => document.getElementById('details')!.scrollTop)).toBe(0);
    await page.close();
  });

  it('closes the Data menu after a download, and shows import problems as a table', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2010-06-01', LAPTOP, LOAD_MS);
    await page.click('#data-menu summary');
    expect(await page.evaluate(() => (document.getElementById('data-menu') as HTMLDetailsElement).open)).toBe(true);
    const download = page.waitForEvent('download');
    await page.click('#data-menu a[data-format="graphml"]');
    await download;
    expect(await page.evaluate(() => (document.getElementById('data-menu') as HTMLDetailsElement).open)).toBe(false);

    await page.click('#data-menu summary');
    await page.click('#import-open');
    const csv = 'source,target,type,start,sources\nARM,NOPE,MEMBER_OF,2001-13-01,wikipedia-csto\n';
    await page.setInputFiles('#import-relations', { name: 'relations.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click('#import-form button[type="submit"]');
    const table = page.locator('#import-problems');
    await table.waitFor({ timeout: 20_000 });
    const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    // One row (line 2), both its errors together: the bad date and the unknown actor.
    expect(cells[0]?.slice(0, 2)).toEqual(['relations.csv', '2']);
    const text = cells.flat().join(' | ');
    expect(text).toMatch(/start \| not a calendar date/);
    expect(text).toMatch(/target \| unknown actor "NOPE"/);
    expect(await page.locator('#import-report').textContent()).not.toContain('{"');
    await page.screenshot({ path: path.join(SHOTS, 'import-problems.png') });
    await page.close();
  });
});

describe('search, layout and the URL', () => {
  it('finds actors by other names', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2024-06-01', LAPTOP, LOAD_MS);
    for (const [text, id] of [
      ['America', 'USA'],
      ['Turkey', 'TUR'],
      ['Collective Security Treaty Organization', 'CSTO'],
      ['Eurasian Union', 'EAEU'],
    ] as const) {
      await page.fill('#search-input', text);
      await page.press('#search-input', 'Enter');
      await waitForRender(page, { focus: id });
    }
    await page.close();
  });

  it('keeps the graph wide at 1024 by 768, and the legend unscrolled at 1280 by 720', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2024-06-01', { width: 1024, height: 768 }, LOAD_MS);
    await waitForRender(page, { at: '2024-06-01' });
    const graph = await page.locator('.graph-area').boundingBox();
    expect(graph!.width).toBeGreaterThan(0.9 * 1024);
    await page.screenshot({ path: path.join(SHOTS, 'narrow-1024.png') });
    // A selection opens the right panel: its tabs stay on screen and the table's columns fit.
    await page.fill('#search-input', 'Armenia');
    await page.press('#search-input', 'Enter');
    await waitForRender(page, { focus: 'ARM' });
    await page.locator('#rightbar').waitFor({ state: 'visible' });
    const tabs = await page.locator('#panel-tabs [role="tab"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    for (const right of tabs) expect(right).toBeLessThanOrEqual(1024);
    expect(await page.evaluate(() => {
      const s = document.getElementById('table-scroll')!;
      return s.scrollWidth - s.clientWidth;
    })).toBeLessThanOrEqual(0);
    expect((await page.locator('.graph-area').boundingBox())!.width).toBeGreaterThan(0.6 * 1024);
    await page.screenshot({ path: path.join(SHOTS, 'narrow-1024-details.png') });
    await page.click('#toggle-sidebar');
    await page.locator('#sidebar').waitFor({ state: 'visible' });
    await page.screenshot({ path: path.join(SHOTS, 'narrow-1024-filters.png') });
    await page.close();

    const wide = await openApp(browser, server.url, '/?at=2024-06-01', { width: 1280, height: 720 }, LOAD_MS);
    await waitForRender(wide.page, { at: '2024-06-01' });
    const overflow = await wide.page.evaluate(() => {
      const s = document.getElementById('sidebar')!;
      return s.scrollHeight - s.clientHeight;
    });
    await wide.page.screenshot({ path: path.join(SHOTS, 'wide-1280x720.png') });
    expect(overflow).toBeLessThanOrEqual(0);
    await wide.page.close();
  });

  it('keeps the shifts query, zoom and pan in the URL', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2010-06-01&panel=shifts&shifts=RUS,2005-01-01,2015-01-01', LAPTOP, LOAD_MS);
    // The ranking the link asks for is run and shown in the form.
    await page.waitForFunction(() => window.explorer!.store.state.shifts.answer !== null, null, { timeout: 60_000 });
    expect(await page.inputValue('#shift-from')).toBe('2005-01-01');
    expect(await page.inputValue('#shift-to')).toBe('2015-01-01');

    await page.click('#zoom-in');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('zoom'));
    const url = new URL(page.url());
    const zoom = Number(url.searchParams.get('zoom'));
    const [x, y] = (url.searchParams.get('pan') ?? '').split(',').map(Number);
    expect(url.searchParams.get('zoom')).toMatch(/^\d+(\.\d{1,2})?$/);
    expect(url.searchParams.get('shifts')).toBe('RUS,2005-01-01,2015-01-01');
    await page.close();

    // The same link opens the same camera.
    const again = await openApp(browser, server.url, `${url.pathname}${url.search}`, LAPTOP, LOAD_MS);
    await waitForRender(again.page, { zoom: String(zoom) });
    const cam = await again.page.evaluate(() => ({ zoom: window.cy!.zoom(), ...window.cy!.pan() }));
    expect(cam.zoom).toBeCloseTo(zoom, 2);
    expect(Math.round(cam.x)).toBe(x);
    expect(Math.round(cam.y)).toBe(y);
    await again.page.close();
  });

  it('says that types=FOO is unknown instead of drawing an empty graph', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2010-06-01&types=FOO', LAPTOP, LOAD_MS);
    await waitForRender(page, { at: '2010-06-01' });
    const status = page.locator('#status');
    await status.waitFor({ state: 'visible' });
    expect(await status.textContent()).toMatch(/unknown relation type: “FOO”; all types are shown/);
    expect(await page.evaluate(() => window.cy!.edges().not('.hidden').length)).toBeGreaterThan(0);
    await page.close();
  });

  it('lights one path after load: the one the panel names, never replaced', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2020-06-01&path=ARM,CHN&panel=paths', LAPTOP, LOAD_MS);
    // Every distinct lit path from now on; the answer at the date ends the watch.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { litPaths: string[] }).litPaths = seen;
      const note = () => {
        const lit = window.cy!.edges('.on-path').map((e) => e.id()).sort().join(',');
        if (lit && seen.at(-1) !== lit) seen.push(lit);
      };
      note();
      window.explorer!.store.subscribe(note);
    });
    await page.waitForFunction(() => window.explorer!.store.state.path.answerAt === '2020-06-01');
    await page.waitForFunction(() => window.cy!.edges('.on-path').length > 0);
    const seen = await page.evaluate(() => (window as unknown as { litPaths: string[] }).litPaths);
    expect(seen).toHaveLength(1);
    // The panel names the lit path's actors.
    const answer = await page.locator('#path-answer').textContent();
    const nodes = await page.evaluate(() => window.cy!.nodes('.on-path, .path-end').map((n) => n.data('label') as string));
    expect(answer).toMatch(/^1 Jun 2020: Armenia → .* → China/);
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
