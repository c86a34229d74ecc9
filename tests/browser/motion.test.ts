// The network shows change: the camera follows the date (and stops after a zoom by hand),
// organizations are drawn as groups around their members at the date, a step marks what
// ended and says it in words, and dragged actors stay where they were put after a reload.
// Needs `npm run build:client` first (npm test does it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, releaseBrowser, openApp, relationId, waitForRender } from './support.ts';

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

/** Waits until the camera has fitted the view at this date. */
async function waitForFollowed(page: Page, at: string): Promise<void> {
  await page.waitForFunction((d) => (document.body.dataset.followed ?? '').startsWith(`["${d}"`), at);
}

/** Every drawn actor's box lies inside the graph's container. */
async function allVisibleInside(page: Page): Promise<{ inside: boolean; count: number }> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const c = cy.container()!;
    const nodes = cy.nodes().not('.hidden');
    const inside = nodes.every((n) => {
      const b = n.renderedBoundingBox({ includeLabels: false });
      return b.x1 >= -1 && b.y1 >= -1 && b.x2 <= c.clientWidth + 1 && b.y2 <= c.clientHeight + 1;
    });
    return { inside, count: nodes.length };
  });
}

/** Moves the slider as a hand would (input events) to its first or last day. */
async function slideTo(page: Page, end: 'min' | 'max'): Promise<string> {
  await page.evaluate((which) => {
    const input = document.getElementById('slider') as HTMLInputElement;
    input.value = which === 'min' ? input.min : input.max;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, end);
  await page.waitForFunction(() => document.body.dataset.renderedAt === (document.getElementById('current-date') as HTMLOutputElement).dataset.date);
  return page.evaluate(() => document.body.dataset.renderedAt ?? '');
}

describe('the camera follows time', () => {
  it('fits the visible actors after a date change, stops after a zoom by hand, and Follow resumes', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=1994-01-01');
    await waitForFollowed(page, '1994-01-01');
    const last = await slideTo(page, 'max');
    await waitForFollowed(page, last);
    const fitted = await allVisibleInside(page);
    expect(fitted.count).toBeGreaterThan(10);
    expect(fitted.inside).toBe(true);

    // A wheel zoom over the graph is a move by hand: following stops (and the URL says so).
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await waitForRender(page, { follow: '0' });
    const zoomed = await page.evaluate(() => ({ zoom: window.cy!.zoom(), pan: window.cy!.pan() }));
    const first = await slideTo(page, 'min');
    expect(first).not.toBe(last);
    // The render at the new date has run: no fit was asked for, the viewport is the hand's.
    expect(await page.evaluate(() => document.body.dataset.followed)).toContain(last);
    expect(await page.evaluate(() => ({ zoom: window.cy!.zoom(), pan: window.cy!.pan() }))).toEqual(zoomed);

    await page.click('#follow');
    await waitForFollowed(page, first);
    expect(await page.getAttribute('#follow', 'aria-pressed')).toBe('true');
    expect((await allVisibleInside(page)).inside).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The groups drawn (org → member ids) and whether an actor's centre is inside a group's shape. */
async function groupsAt(page: Page, actor: string, org: string): Promise<{ members: string[]; inside: boolean | null }> {
  return page.evaluate(
    ([a, o]) => {
      const drawn = JSON.parse(window.cy!.container()!.dataset.groups ?? '{}') as Record<string, string[]>;
      const path = document.querySelector<SVGPathElement>(`path[data-org="${o}"]`);
      const n = window.cy!.getElementById(a);
      const shown = n.nonempty() && !n.hasClass('hidden');
      // The layer's path is in model coordinates (its group carries the viewport transform).
      const inside = path && shown ? path.isPointInFill(new DOMPoint(n.position().x, n.position().y)) : null;
      return { members: drawn[o] ?? [], inside };
    },
    [actor, org] as const,
  );
}

describe('membership as groups', () => {
  it('draws Uzbekistan inside the CSTO in 2010 and outside it in 2013', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2010-06-01');
    await waitForRender(page, { at: '2010-06-01' });
    const in2010 = await groupsAt(page, 'UZB', 'CSTO');
    expect(in2010.members).toContain('UZB');
    expect(in2010.inside).toBe(true);
    await page.close();

    const later = await openApp(browser, server.url, '/?at=2013-06-01');
    await waitForRender(later.page, { at: '2013-06-01' });
    const in2013 = await groupsAt(later.page, 'UZB', 'CSTO');
    expect(in2013.members.length).toBeGreaterThan(0);
    expect(in2013.members).not.toContain('UZB');
    // Still drawn (its other relations), but the outline goes around it.
    expect(in2013.inside).toBe(false);
    expect([...errors, ...later.errors]).toEqual([]);
    await later.page.close();
  });

  it('keeps the chosen organizations in the URL', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2010-06-01&groups=GUAM');
    await waitForRender(page, { groups: 'GUAM' });
    const drawn = await page.evaluate(() => Object.keys(JSON.parse(window.cy!.container()!.dataset.groups ?? '{}') as object));
    expect(drawn).toEqual(['GUAM']);
    await page.evaluate(() => (document.getElementById('group-chooser') as HTMLDetailsElement).open = true);
    await page.click('#groups-on');
    await waitForRender(page, { groups: '' });
    expect(await page.evaluate(() => window.cy!.container()!.dataset.groups)).toBe('{}');
    await page.close();
  });
});

describe('change is marked', () => {
  it('marks Uzbekistan leaving the CSTO as ended when a step crosses it, and says so', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2012-12-18');
    await waitForRender(page, { at: '2012-12-18' });
    const id = await relationId(page, 'UZB', 'CSTO', 'MEMBER_OF');
    expect(id).not.toBeNull();
    await page.click('#next-change');
    await page.waitForFunction(() => (document.body.dataset.renderedAt ?? '') > '2012-12-18');
    expect(await page.evaluate(() => document.body.dataset.renderedAt)).toBe('2012-12-19');
    expect(await page.evaluate((eid) => window.cy!.getElementById(eid).hasClass('change-ended'), id!)).toBe(true);
    expect(await page.textContent('#change-line')).toContain('Uzbekistan left the CSTO');
    // The next step takes the marks of this one away.
    await page.click('#next-change');
    await page.waitForFunction(() => (document.body.dataset.renderedAt ?? '') > '2012-12-19');
    expect(await page.evaluate((eid) => window.cy!.getElementById(eid).hasClass('change-ended'), id!)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('dragged positions', () => {
  it('keeps an actor where it was dragged after a reload, until Reset positions', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2010-06-01&follow=0');
    await waitForRender(page, { at: '2010-06-01' });
    const before = await page.evaluate(() => ({ ...window.cy!.getElementById('KAZ').position() }));
    const from = await page.evaluate(() => {
      const p = window.cy!.getElementById('KAZ').renderedPosition();
      const r = window.cy!.container()!.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 30, { steps: 4 });
    await page.mouse.move(from.x + 80, from.y + 60, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('explorer.positions.') && (localStorage.getItem(k) ?? '').includes('KAZ')));
    const moved = await page.evaluate(() => ({ ...window.cy!.getElementById('KAZ').position() }));
    expect(Math.hypot(moved.x - before.x, moved.y - before.y)).toBeGreaterThan(20);

    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const after = await page.evaluate(() => ({ ...window.cy!.getElementById('KAZ').position() }));
    expect(after.x).toBeCloseTo(moved.x, 3);
    expect(after.y).toBeCloseTo(moved.y, 3);
    // The JSON export carries it too.
    expect(await page.evaluate(() => window.explorer!.positions().KAZ)).toEqual(after);

    await page.click('#reset-positions');
    const reset = await page.evaluate(() => ({ ...window.cy!.getElementById('KAZ').position() }));
    expect(reset.x).toBeCloseTo(before.x, 3);
    expect(reset.y).toBeCloseTo(before.y, 3);
    expect(errors).toEqual([]);
    await page.close();
  });
});
