// Making a big graph readable, on the seed data: choosing the organizations to draw (type to
// search, pick several, remove one, back to all), dragged positions saved with the view
// (a link's pos= gives the same arrangement in a fresh browser; an exported view loads back),
// and group labels that cover no actor, no other label and none of the graph's buttons.
// Needs `npm run build:client` first.
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

const at = '2010-06-01';

const visibleNodes = (page: Page) =>
  page.evaluate(() =>
    window
      .cy!.nodes()
      .filter((n) => n.visible() && !n.hasClass('hidden'))
      .map((n) => n.id())
      .sort(),
  );

const positionOf = (page: Page, id: string) => page.evaluate((nid) => ({ ...window.cy!.getElementById(nid).position() }), id);

describe('choosing the organizations to draw', () => {
  it('draws only the chosen organizations and the states related to them', async () => {
    const api = (await (await fetch(`${server.url}/api/graph?at=${at}`)).json()) as { nodes: { id: string; kind: string }[]; edges: { source: string; target: string }[] };
    const kind = new Map(api.nodes.map((n) => [n.id, n.kind]));
    const expected = (orgs: string[]) => {
      const out = new Set(orgs);
      for (const e of api.edges) {
        if (orgs.includes(e.source) && kind.get(e.target) === 'state') out.add(e.target);
        if (orgs.includes(e.target) && kind.get(e.source) === 'state') out.add(e.source);
      }
      return [...out].sort();
    };
    const { page, errors } = await openApp(browser, server.url, `/?at=${at}`);
    const all = (await visibleNodes(page)).length;
    if (!(await page.locator('#graph-options').evaluate((d) => (d as HTMLDetailsElement).open))) await page.click('#graph-options summary');
    // Type part of a name; the matches list a few, with their members at the date.
    await page.fill('#org-search', 'collective sec');
    await page.locator('#org-matches button[data-org="CSTO"]').click();
    await waitForRender(page, { orgs: 'CSTO' });
    expect(await visibleNodes(page)).toEqual(expected(['CSTO']));
    // A second one, by its short name and Enter.
    await page.fill('#org-search', 'GUAM');
    await page.press('#org-search', 'Enter');
    await waitForRender(page, { orgs: 'CSTO,GUAM' });
    expect(await visibleNodes(page)).toEqual(expected(['CSTO', 'GUAM']));
    expect(await page.locator('#org-chosen .org-chip').count()).toBe(2);
    // Remove the CSTO's chip, then back to every organization.
    await page.click('#org-chosen button[data-remove="CSTO"]');
    await waitForRender(page, { orgs: 'GUAM' });
    expect(await visibleNodes(page)).toEqual(expected(['GUAM']));
    await page.click('#org-all');
    await page.waitForFunction(() => window.explorer!.store.state.view.orgs === null);
    expect((await visibleNodes(page)).length).toBe(all);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('opens a link with orgs= drawing those organizations, the chooser showing them', async () => {
    const { page, errors } = await openApp(browser, server.url, `/?at=${at}&orgs=GUAM`);
    await waitForRender(page, { orgs: 'GUAM' });
    const ids = await visibleNodes(page);
    expect(ids).toContain('GUAM');
    expect(ids).not.toContain('CSTO');
    expect(await page.locator('#org-chosen .org-chip').allTextContents()).toEqual([expect.stringContaining('GUAM')]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('positions saved with the view', () => {
  it('keeps a dragged actor where it was left, in the URL, and a fresh browser opening the link sees the same arrangement', async () => {
    const { page, errors } = await openApp(browser, server.url, `/?at=${at}&pos=KAZ:100,-200`);
    expect(await positionOf(page, 'KAZ')).toEqual({ x: 100, y: -200 });
    // Drag Uzbekistan by hand.
    const start = await page.evaluate(() => {
      const r = window.cy!.getElementById('UZB').renderedPosition();
      const c = window.cy!.container()!.getBoundingClientRect();
      return { x: c.left + r.x, y: c.top + r.y };
    });
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(start.x + 12 * i, start.y + 8 * i);
    await page.mouse.up();
    await page.waitForFunction(() => window.explorer!.store.state.view.pos?.UZB !== undefined);
    const uzb = await positionOf(page, 'UZB');
    expect(Number.isInteger(uzb.x) && Number.isInteger(uzb.y)).toBe(true);
    const search = await page.evaluate(() => location.search);
    expect(new URLSearchParams(search).get('pos')).toBe(`KAZ:100,-200;UZB:${uzb.x},${uzb.y}`);
    // The link in a fresh browser (no storage of its own): the same arrangement.
    await page.close();
    const fresh = await openApp(browser, server.url, `/${search}`);
    expect(await positionOf(fresh.page, 'UZB')).toEqual(uzb);
    expect(await positionOf(fresh.page, 'KAZ')).toEqual({ x: 100, y: -200 });
    // Reset: back where the server's layout put them, and out of the URL.
    const laidOut = ((await (await fetch(`${server.url}/api/temporal`)).json()) as { positions: Record<string, { x: number; y: number }> }).positions.KAZ;
    await fresh.page.click('#reset-positions');
    await fresh.page.waitForFunction(() => window.explorer!.store.state.view.pos === null);
    expect(await positionOf(fresh.page, 'KAZ')).toEqual(laidOut);
    expect(await fresh.page.evaluate(() => new URLSearchParams(location.search).has('pos'))).toBe(false);
    expect([...errors, ...fresh.errors]).toEqual([]);
    await fresh.page.close();
  }, 120_000);

  it('loads a view saved with the JSON export back: positions, date and filters', async () => {
    const { page, errors } = await openApp(browser, server.url, `/?at=${at}`);
    const file = { at: '2013-06-01', filters: { types: null, kinds: null, hideIsolated: true }, positions: { ARM: { x: -300.4, y: 40.2 }, KAZ: await positionOf(page, 'KAZ') } };
    await page.setInputFiles('#load-view-file', { name: 'alliances-2013-06-01.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    // Only the moved actor goes into the view (KAZ is where the layout put it).
    await waitForRender(page, { at: '2013-06-01', pos: 'ARM:-300,40' });
    expect(await positionOf(page, 'ARM')).toEqual({ x: -300, y: 40 });
    // A file that is not an export says so, and changes nothing.
    await page.setInputFiles('#load-view-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"positions": "here"}') });
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.includes('not a view exported'));
    expect(await page.evaluate(() => location.search)).toContain('pos=ARM:-300,40');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('group labels', () => {
  it('cover no actor or name, no other group label, and none of the buttons over the graph', async () => {
    const { page, errors } = await openApp(browser, server.url, `/?at=${at}&groups=CSTO,GUAM`);
    await page.waitForFunction(() => document.querySelectorAll('.group-label').length === 2);
    const clear = () =>
      page.evaluate(() => {
        const cy = window.cy!;
        const hits = (a: { x1: number; y1: number; x2: number; y2: number }, b: { x1: number; y1: number; x2: number; y2: number }) =>
          Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
        const labels = [...document.querySelectorAll<SVGTextElement>('.group-label')].map((l) => {
          const b = l.getBBox();
          return { text: l.textContent, box: { x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height } };
        });
        const problems: string[] = [];
        cy.nodes()
          .not('.hidden')
          .forEach((n) => {
            const nb = n.boundingBox({ includeLabels: true });
            for (const l of labels) if (hits(l.box, nb)) problems.push(`${l.text} covers ${n.id()}`);
          });
        if (labels.length === 2 && hits(labels[0]!.box, labels[1]!.box)) problems.push('labels overlap');
        // The buttons over the graph, in model coordinates at the current camera.
        const c = cy.container()!.getBoundingClientRect();
        const t = document.querySelector('.graph-tools')!.getBoundingClientRect();
        const z = cy.zoom();
        const p = cy.pan();
        const tools = { x1: (t.left - c.left - p.x) / z, y1: (t.top - c.top - p.y) / z, x2: (t.right - c.left - p.x) / z, y2: (t.bottom - c.top - p.y) / z };
        for (const l of labels) if (hits(l.box, tools)) problems.push(`${l.text} under the buttons`);
        return problems;
      });
    // Labels are placed again once the camera rests after following the date.
    await page.waitForFunction(() => document.body.dataset.followed !== undefined);
    await expect.poll(clear, { timeout: 60_000 }).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
