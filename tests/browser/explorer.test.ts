// The explorer in a real browser over the real server and seeds: the page loads cleanly,
// the slider shows and hides dated relations, details cite sources, the URL round-trips.
// Needs `npm run build:client` first (npm test does it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.ts';
import { edgeShown, isShown, launchBrowser, releaseBrowser, openApp, relationId } from './support.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ samePort: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});

describe('the explorer page', () => {
  it('loads the network with no console error', async () => {
    const { page, errors } = await openApp(browser, server.url, '/');
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe('true');
    expect(await page.evaluate(() => window.cy?.nodes().length ?? 0)).toBeGreaterThan(0);
    expect(await page.locator('#status').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws nodes with the API ids and edges with source, target and type', async () => {
    const { page } = await openApp(browser, server.url, '/');
    const sample = await page.evaluate(() => {
      const cy = window.cy!;
      const e = cy.edges()[0];
      return { hasUzb: cy.getElementById('UZB').nonempty(), hasCsto: cy.getElementById('CSTO').nonempty(), edge: e ? [e.data('source'), e.data('target'), e.data('type')] : null };
    });
    expect(sample.hasUzb).toBe(true);
    expect(sample.hasCsto).toBe(true);
    expect(sample.edge?.every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    await page.close();
  });

  it('lays the network out the same way at every load', async () => {
    const positions = async () => {
      const { page } = await openApp(browser, server.url, '/?at=2010-06-01');
      const at = await page.evaluate(() => window.cy!.nodes().map((n) => [n.id(), Math.round(n.position().x), Math.round(n.position().y)]));
      await page.close();
      return at;
    };
    const first = await positions();
    expect(first.length).toBeGreaterThan(20);
    expect(await positions()).toEqual(first);
  });

  it('drops the fades while the slider is dragged and brings them back when it rests', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2010-06-01', undefined, undefined, { transitions: true });
    const transition = () => page.evaluate(() => window.cy!.edges()[0]!.style('transition-property') as string);
    expect(await transition()).toContain('opacity');
    // Read in the same task as the input event: the rest timer cannot have run yet, however
    // busy the machine is.
    const whileDragged = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#slider')!;
      input.value = String(Number(input.value) - 400);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return window.cy!.edges()[0]!.style('transition-property') as string;
    });
    expect(whileDragged).toBe('none');
    await expect.poll(transition, { timeout: 60_000 }).toContain('opacity');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows Uzbekistan's CSTO membership in 2010 and no longer in 2013", async () => {
    const in2010 = await openApp(browser, server.url, '/?at=2010-06-01');
    const id = await relationId(in2010.page, 'UZB', 'CSTO', 'MEMBER_OF');
    expect(id).not.toBeNull();
    expect(await isShown(in2010.page, id!)).toBe(true);
    await in2010.page.close();

    const in2013 = await openApp(browser, server.url, '/?at=2013-06-01');
    expect(await in2013.page.evaluate((eid) => window.cy!.getElementById(eid).nonempty(), id!)).toBe(true);
    expect(await edgeShown(in2013.page, 'UZB', 'CSTO', 'MEMBER_OF')).toBe(false);
    expect(await isShown(in2013.page, id!)).toBe(false);
    await in2013.page.close();
  });

  it('moving the slider with the keyboard changes the date and the drawn edges', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2010-06-01');
    const drawn = () => page.evaluate(() => window.cy!.edges().not('.hidden').map((e) => e.id()).sort().join(','));
    const before = await drawn();
    const date = () => page.locator('#current-date').getAttribute('data-date');
    expect(await date()).toBe('2010-06-01');
    await page.locator('#slider').focus();
    await page.keyboard.press('ArrowRight');
    expect(await date()).toBe('2010-07-01');
    // Shift+arrow moves a year at a time: three years on, Uzbekistan has left the CSTO.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await date()).toBe('2013-07-01');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('at') === '2013-07-01');
    expect(await drawn()).not.toBe(before);
    expect(await edgeShown(page, 'UZB', 'CSTO', 'MEMBER_OF')).toBe(false);
    // Next change jumps to a change date, which the slider then shows.
    const beforeJump = await date();
    await page.keyboard.press('PageDown');
    expect(await date()).not.toBe(beforeJump);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("clicking Armenia shows its frozen CSTO participation with the source's citation", async () => {
    const { page } = await openApp(browser, server.url, '/?at=2024-06-01');
    const frozen = await relationId(page, 'ARM', 'CSTO', 'FROZE_PARTICIPATION_IN');
    expect(frozen).not.toBeNull();
    // Click where Armenia is drawn, as a person would.
    const pos = await page.evaluate(() => {
      const p = window.cy!.getElementById('ARM').renderedPosition();
      const box = document.getElementById('cy')!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(pos.x, pos.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('focus') === 'ARM');
    const panel = page.locator('#details');
    await expect.poll(() => panel.locator('#details-name').textContent()).toBe('Armenia');
    const entry = panel.locator(`li.rel-entry[data-relation="${frozen}"]`).first();
    expect(await entry.count()).toBe(1);
    const text = (await entry.textContent()) ?? '';
    expect(text).toMatch(/froze participation in/i);
    expect(text).toMatch(/2024/);
    // The full citation: the relation's sources by title, as the API knows them.
    const cited = await page.evaluate(async (rid) => {
      const body = (await (await fetch('/api/temporal')).json()) as { relations: { id: string; sources: string[] }[]; sources: { id: string; title: string }[] };
      const rel = body.relations.find((r) => r.id === rid)!;
      return rel.sources.map((s) => body.sources.find((x) => x.id === s)?.title ?? s);
    }, frozen!);
    expect(cited.length).toBeGreaterThan(0);
    for (const title of cited) expect(text).toContain(title);
    expect(await entry.locator('.citation').count()).toBe(cited.length);
    await page.close();
  });

  it('restores the state from the URL and goes back through the history', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2010-06-01&focus=ARM&types=MEMBER_OF,CONFLICT_WITH');
    expect(await page.locator('#current-date').getAttribute('data-date')).toBe('2010-06-01');
    expect(await page.locator('#details-name').textContent()).toBe('Armenia');
    expect(await page.locator('#type-MEMBER_OF').isChecked()).toBe(true);
    expect(await page.locator('#type-CONFLICT_WITH').isChecked()).toBe(true);
    expect(await page.locator('#type-SOUGHT_AID_FROM').isChecked()).toBe(false);
    const types = await page.evaluate(() => [...new Set(window.cy!.edges().not('.hidden').map((e) => e.data('type') as string))]);
    expect(types.every((t) => t === 'MEMBER_OF' || t === 'CONFLICT_WITH')).toBe(true);

    // A deliberate change (next change) pushes an entry; back restores the date.
    await page.locator('#next-change').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('at') !== '2010-06-01');
    const moved = await page.locator('#current-date').getAttribute('data-date');
    expect(moved).not.toBe('2010-06-01');
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('at') === '2010-06-01');
    expect(await page.locator('#current-date').getAttribute('data-date')).toBe('2010-06-01');
    await page.goForward();
    await page.waitForFunction((d) => new URL(location.href).searchParams.get('at') === d, moved);
    expect(await page.locator('#current-date').getAttribute('data-date')).toBe(moved);
    await page.close();
  });

  it('keeps the table and the graph selection in step', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2010-06-01');
    const row = page.locator('#table-body tr[data-relation]').first();
    const rid = await row.getAttribute('data-relation');
    await row.click();
    await page.waitForFunction((id) => window.cy!.getElementById(id!).selected(), rid, { timeout: 60_000 });
    expect(await page.locator(`#table-body tr[data-relation="${rid}"]`).getAttribute('aria-current')).toBe('true');
    expect(await page.locator('th[aria-sort="ascending"]').count()).toBe(1);
    // And back: tapping an edge selects its row.
    const other = await page.evaluate(() => window.cy!.edges().not('.hidden').not(':selected')[0]!.id());
    await page.evaluate((id) => {
      window.cy!.getElementById(id).emit('tap');
    }, other);
    await page.waitForFunction((id) => document.querySelector(`#table-body tr[data-relation="${id}"]`)?.getAttribute('aria-current') === 'true', other, { timeout: 60_000 });
    await page.close();
  });

  it('plays the replay forward and pauses, replacing the URL rather than piling up history', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2000-01-01');
    const historyBefore = await page.evaluate(() => history.length);
    await page.selectOption('#speed', '1826');
    await page.click('#play');
    // The button's state follows the store: wait on it, not on the click's return.
    await page.locator('#play[aria-pressed="true"]').waitFor();
    await page.waitForFunction(() => (document.getElementById('current-date')?.dataset.date ?? '') >= '2002-01-01');
    await page.click('#play');
    await page.locator('#play[aria-pressed="false"]').waitFor();
    const at = await page.locator('#current-date').getAttribute('data-date');
    // Playing writes the URL when it rests or pauses, not in the way of each step.
    await expect.poll(() => new URL(page.url()).searchParams.get('at')).toBe(at);
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyBefore + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds an actor by name, centres on it and opens its details', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2010-06-01');
    await page.fill('#search-input', 'kazakh');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('focus') === 'KAZ');
    expect(await page.locator('#details-name').textContent()).toBe('Kazakhstan');
    await page.close();
  });

  it('says clearly when the API fails', async () => {
    const page = await browser.newPage();
    await page.route('**/api/temporal?format=columns', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'ENGINE_UNAVAILABLE', message: 'The graph engine is down.' } }) }));
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.ready === 'error');
    const text = await page.locator('#status').textContent();
    expect(text).toContain('The graph engine is down.');
    expect(await page.locator('#status').getAttribute('role')).toBe('alert');
    await page.close();
  });
});
