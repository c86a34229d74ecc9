// The analysis panels in a real browser over the real server and seeds: a path lit at a date
// and following the slider, its history strip, shifts with their evidence, centrality sizes,
// compare mode's added and ghost relations, and the read-only Cypher console.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, releaseBrowser, openApp, relationId, waitForRender } from './support.ts';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
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

async function shot(page: Page, name: string): Promise<void> {
  // Transitions are off: the last render is what is on screen.
  await waitForRender(page);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

const withClass = (page: Page, selector: string, cls: string) =>
  page.evaluate(([sel, c]) => window.cy!.$(sel!).filter((e) => e.hasClass(c!)).map((e) => e.id()).sort(), [selector, cls] as const);

describe('paths in time', () => {
  it('lights the ARM → CHN path at 2020-06-01, dims the rest, and follows the slider', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2020-06-01&path=ARM,CHN&panel=paths');
    await page.waitForFunction(() => window.cy!.edges('.on-path').length > 0);
    const lit = await withClass(page, 'edge', 'on-path');
    // Armenia → Russia → China: the 1997 alliance and the China-Russia partnership of 2019.
    expect(lit.length).toBe(2);
    // The path runs from Armenia to China over drawn nodes; everything else is dimmed.
    const ends = await page.evaluate(() => ['ARM', 'CHN'].map((id) => window.cy!.getElementById(id).hasClass('path-end')));
    expect(ends).toEqual([true, true]);
    const visible = await page.evaluate(() => window.cy!.edges().not('.hidden').map((e) => ({ id: e.id(), dimmed: e.hasClass('dimmed') })));
    expect(visible.filter((e) => !e.dimmed).map((e) => e.id).sort()).toEqual(lit);
    expect(visible.length).toBeGreaterThan(lit.length + 10);
    await expect.poll(() => page.locator('#path-answer').textContent()).toMatch(/^1 Jun 2020: Armenia → .* → China, 2 steps, via /);

    // The history strip: spans tiling time, the first not connected, then connected.
    const spans = page.locator('#path-strip .span');
    expect(await spans.count()).toBeGreaterThanOrEqual(2);
    expect(await spans.first().getAttribute('data-connected')).toBe('false');
    expect(await page.locator('#path-strip .span.current').getAttribute('data-connected')).toBe('true');
    await shot(page, 'paths-ARM-CHN-2020');

    // Moving the slider: in July 2001, after the SCO's founding and before the China-Russia
    // treaty of 16 July, the path runs through the SCO in three steps.
    await page.evaluate(() => window.explorer!.store.update({ at: '2001-07-01' }, 'transient'));
    await page.waitForFunction(() => window.cy!.edges('.on-path').length === 3);
    await expect.poll(() => page.locator('#path-answer').textContent()).toMatch(/3 steps/);
    // Before 2001 the two are not connected: no lit edge, and the answer says when they will be.
    await page.evaluate(() => window.explorer!.store.update({ at: '1995-01-01' }, 'transient'));
    await page.waitForFunction(() => window.cy!.edges('.on-path').length === 0);
    await expect.poll(() => page.locator('#path-answer').textContent()).toMatch(/not connected on 1 Jan 1995; first connected 15 Jun 2001/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('picks the two ends by right-clicking actors', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2020-06-01');
    await page.evaluate(() => void window.cy!.getElementById('ARM').emit('cxttap'));
    await expect.poll(() => page.locator('#paths-panel .form-message').textContent()).toMatch(/Path from Armenia/);
    await page.evaluate(() => void window.cy!.getElementById('CHN').emit('cxttap'));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('path') === 'ARM,CHN');
    await page.waitForFunction(() => window.cy!.edges('.on-path').length === 2);
    await page.close();
  });
});

describe('shifts', () => {
  it('ranks TJK and KAZ as moving toward China and lights the evidence of one', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2024-06-01&panel=shifts');
    await page.fill('#shift-target', 'CHN');
    await page.fill('#shift-from', '2015-01-01');
    await page.fill('#shift-to', '2025-12-31');
    await page.click('#shift-form button[type="submit"]');
    const tjk = page.locator('#shift-list li.shift[data-actor="TJK"]');
    const kaz = page.locator('#shift-list li.shift[data-actor="KAZ"]');
    await tjk.waitFor();
    expect(Number(await tjk.getAttribute('data-delta'))).toBeGreaterThan(0);
    expect(Number(await kaz.getAttribute('data-delta'))).toBeGreaterThan(0);
    // The number is there as text, not only as a bar.
    expect(await tjk.locator('.shift-num').textContent()).toMatch(/^\+\d/);
    await tjk.locator('.shift-pick').click();
    const evidence = await tjk.locator('.evidence [data-relation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-relation')).sort());
    expect(evidence.length).toBeGreaterThan(0);
    await page.waitForFunction(() => window.cy!.edges('.highlight').length > 0);
    expect(await withClass(page, 'edge', 'highlight')).toEqual(evidence);
    expect(await page.evaluate(() => window.cy!.getElementById('TJK').hasClass('highlight'))).toBe(true);
    await shot(page, 'shifts-CHN-TJK');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('centrality', () => {
  it('sizes nodes by degree at the date, and draws an actor\'s measures over time', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2020-06-01&focus=KAZ');
    const widths = () => page.evaluate(() => Object.fromEntries(['KAZ', 'ARM', 'CIS'].map((id) => [id, window.cy!.getElementById(id).width()])));
    const before = await widths();
    await page.selectOption('#size-measure', 'degree');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('size') === 'degree');
    await waitForRender(page, { size: 'degree' }); // transitions off: drawn at its size
    const after = await widths();
    expect(after.KAZ).not.toBe(before.KAZ);
    // Kazakhstan is the best-linked actor in 2020: larger than Armenia.
    expect(after.KAZ!).toBeGreaterThan(after.ARM!);
    await page.locator('.centrality-history svg.chart').first().waitFor();
    expect(await page.locator('.centrality-history svg.chart').count()).toBe(2);
    expect(await page.locator('.centrality-history .chart-marker').count()).toBe(2);
    await shot(page, 'centrality-degree-KAZ');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('compare mode', () => {
  it('marks relations added since 2010-06-01 and ghosts those gone by 2013-06-01', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2013-06-01&compare=2010-06-01&panel=compare');
    const uzb = await relationId(page, 'UZB', 'CSTO', 'MEMBER_OF');
    expect(uzb).not.toBeNull();
    await page.waitForFunction((id) => window.cy!.getElementById(id).hasClass('ghost'), uzb!);
    // The ghost is drawn (not hidden), and so is Uzbekistan.
    expect(await page.evaluate((id) => window.cy!.getElementById(id).hasClass('hidden'), uzb!)).toBe(false);
    expect(await page.evaluate(() => window.cy!.getElementById('UZB').hasClass('hidden'))).toBe(false);
    const added = await withClass(page, 'edge', 'added');
    expect(added).toContain('chn-partner-of-kaz-2011');
    // The list beside it names the same changes.
    await expect.poll(() => page.locator('#compare-results .compare-summary').textContent()).toMatch(/1 Jun 2010 → 1 Jun 2013: \d+ added, \d+ removed/);
    expect(await page.locator(`#compare-results .removed [data-relation="${uzb}"]`).count()).toBe(1);
    expect(await page.locator('#compare-results .added [data-relation="chn-partner-of-kaz-2011"]').count()).toBe(1);
    await shot(page, 'compare-2010-2013');
    // Stopping the comparison hides the ghost again.
    await page.click('#compare-stop');
    await page.waitForFunction((id) => window.cy!.getElementById(id).hasClass('hidden'), uzb!);
    expect(new URL(page.url()).searchParams.get('compare')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the Cypher console', () => {
  it('runs an example query into a table, shows graph results on the graph, and refuses a write', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2010-06-01&panel=console');
    await page.locator('#cypher-editor .cm-content').waitFor();
    // Cypher highlighting: the editor marks keywords.
    await page.selectOption('#cypher-examples', '0');
    await expect.poll(() => page.locator('#cypher-editor .cm-content').textContent()).toMatch(/MATCH \(a:Actor\)-\[r:MEMBER_OF\]/);
    await page.locator('#cypher-editor .cm-content').click();
    await page.keyboard.press('Control+Enter');
    // The first query also starts the server's parser worker: give it time on a busy machine.
    await page.locator('#cypher-table').waitFor({ timeout: 30_000 });
    expect(await page.locator('#cypher-table th').allTextContents()).toEqual(['member', 'since']);
    expect(await page.locator('#cypher-table tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('#cypher-table').textContent()).toContain('Uzbekistan');
    await shot(page, 'console-csto-2010');

    // Rows holding nodes and relationships can be lit on the graph.
    await page.selectOption('#cypher-examples', '2');
    await page.click('#cypher-run');
    await page.locator('#cypher-show:not([hidden])').waitFor({ timeout: 60_000 });
    await page.click('#cypher-show');
    await page.waitForFunction(() => window.cy!.edges('.highlight').length > 0);
    expect(await page.evaluate(() => window.cy!.getElementById('ARM').hasClass('highlight'))).toBe(true);

    // A write is refused, and the page says so.
    await page.evaluate(() => {
      const view = document.querySelector('#cypher-editor .cm-content') as HTMLElement;
      view.focus();
    });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('CREATE (n:X) RETURN n');
    await page.keyboard.press('Escape');
    await page.click('#cypher-run');
    const alert = page.locator('#cypher-out .cypher-error[role="alert"]');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toMatch(/read-only/i);
    expect(await alert.getAttribute('data-status')).toBe('403');
    await shot(page, 'console-refused-write');
    expect(errors.filter((e) => !/403/.test(e))).toEqual([]);
    await page.close();
  });

  it("completes the data model's labels and relationship types as you type", async () => {
    const { page } = await openApp(browser, server.url, '/?at=2010-06-01&panel=console');
    const editor = page.locator('#cypher-editor .cm-content');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('MATCH (a:Ac');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await expect.poll(() => options.allTextContents(), { timeout: 60_000 }).toEqual(expect.arrayContaining([expect.stringContaining('Actor')]));
    await page.keyboard.press('Escape');
    await page.keyboard.type(')-[r:FROZE');
    await expect.poll(() => options.allTextContents(), { timeout: 60_000 }).toEqual(expect.arrayContaining([expect.stringContaining('FROZE_PARTICIPATION_IN')]));
    await page.close();
  });
});

describe('data menu', () => {
  it('links the exports at the slider date and checks a CSV import without writing', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2013-06-01');
    await page.click('#data-menu summary');
    expect(await page.locator('#data-menu a[data-format="graphml"]').getAttribute('href')).toBe('/api/export?format=graphml&at=2013-06-01');
    expect(await page.locator('#data-menu a[data-format="gexf"]').getAttribute('href')).toBe('/api/export?format=gexf');
    await shot(page, 'data-menu');
    await page.click('#import-open');
    await page.setInputFiles('#import-relations', path.resolve('tests/fixtures/io/relations.csv'));
    await page.setInputFiles('#import-actors', path.resolve('tests/fixtures/io/actors.csv'));
    await page.setInputFiles('#import-sources', path.resolve('tests/fixtures/io/sources.csv'));
    await page.click('#import-form button[type="submit"]');
    await expect.poll(() => page.locator('#import-report').textContent(), { timeout: 60_000 }).toMatch(/Checked: \d+ relations/);
    await shot(page, 'import-dialog');
    expect(errors).toEqual([]);
    await page.close();
  });
});
