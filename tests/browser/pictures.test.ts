// Pictures of the view from the Data menu: the PNG has the size the scale asks for and a
// drawn title/date band; the SVG parses, carries the date, the legend of what is drawn and
// one element per drawn actor; the view's Cytoscape JSON keeps the positions.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { pictureLayout } from '../../client/outputs/burn-in.ts';
import { lookOf } from '../../client/graph/style.ts';
import { formatDate } from '../../client/dates.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, releaseBrowser, openApp, waitForRender } from './support.ts';

const AT = '2010-06-01';
let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer({ samePort: true });
  browser = await launchBrowser();
  ({ page } = await openApp(browser, server.url, `/?at=${AT}`, { width: 1280, height: 800 }, 60_000));
  await waitForRender(page, { at: AT });
}, 120_000);

afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});

async function exportFile(button: string, scale = '2'): Promise<Buffer> {
  await page.click('#data-menu summary');
  await page.selectOption('#picture-scale', scale);
  await page.fill('#picture-title', 'Test title');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(button)]);
  return fs.readFileSync(await download.path());
}

/** What the app draws now: the snapshot's actors and relation types (not read from the picture code). */
async function drawn(): Promise<{ actors: string[]; types: string[]; cw: number; ch: number }> {
  return page.evaluate(() => {
    const snap = window.explorer!.snapshot()!;
    const c = document.getElementById('cy')!;
    return { actors: [...snap.actorIds].sort(), types: [...new Set(snap.relations.map((r) => r.type))], cw: c.clientWidth, ch: c.clientHeight };
  });
}

describe('pictures of the view', () => {
  for (const scale of [1, 2] as const) {
    it(`exports a PNG at ${scale}x of the requested size with a drawn title and date`, async () => {
      const png = await exportFile('#picture-png', String(scale));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const { cw, ch } = await drawn();
      const layout = pictureLayout(cw, ch, scale);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([layout.width, layout.height]);
      // In the page: the header band is dark with light text on it (title left, date right).
      const header = await page.evaluate(
        async ({ b64, hh }) => {
          const img = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
          const c = new OffscreenCanvas(img.width, img.height);
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const count = (x0: number, x1: number) => {
            const px = ctx.getImageData(x0, 0, x1 - x0, hh).data;
            let light = 0;
            let dark = 0;
            for (let i = 0; i < px.length; i += 4) {
              const v = (px[i]! + px[i + 1]! + px[i + 2]!) / 3;
              if (v > 200) light++;
              else if (v < 80) dark++;
            }
            return { light, dark };
          };
          return { left: count(0, Math.floor(img.width / 2)), right: count(Math.floor(img.width / 2), img.width) };
        },
        { b64: png.toString('base64'), hh: layout.header.h },
      );
      for (const half of [header.left, header.right]) {
        expect(half.dark).toBeGreaterThan(half.light);
        expect(half.light).toBeGreaterThan(50 * scale);
      }
    });
  }

  it('exports an SVG with the date, the legend and an element per drawn actor', async () => {
    const svg = (await exportFile('#picture-svg')).toString('utf8');
    const { actors, types, cw, ch } = await drawn();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        date: doc.querySelector('text.date')?.textContent ?? null,
        title: doc.querySelector('text.title')?.textContent ?? null,
        credit: doc.querySelector('text.credit')?.textContent ?? null,
        legend: [...doc.querySelectorAll('.legend-entry text')].map((t) => t.textContent),
        nodes: [...doc.querySelectorAll('g.node')].map((g) => g.getAttribute('data-id')).sort(),
        edges: doc.querySelectorAll('g.edge').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    const layout = pictureLayout(cw, ch, 2);
    expect([parsed.width, parsed.height]).toEqual([String(layout.width), String(layout.height)]);
    expect(parsed.date).toBe(formatDate(AT));
    expect(parsed.title).toBe('Test title');
    expect(parsed.credit).toMatch(/sources: /);
    expect(parsed.nodes).toEqual(actors);
    expect(parsed.edges).toBeGreaterThan(0);
    for (const t of types) expect(parsed.legend).toContain(lookOf(t).label);
    expect(parsed.legend).toContain('State');
  });

  it("exports the view's Cytoscape JSON with the positions the graph shows", async () => {
    const json = JSON.parse((await exportFile('#picture-json')).toString('utf8')) as {
      at: string;
      elements: { nodes: { data: { id: string }; position: { x: number; y: number } }[]; edges: { data: { id: string } }[] };
    };
    const { actors } = await drawn();
    expect(json.at).toBe(AT);
    expect(json.elements.nodes.map((n) => n.data.id).sort()).toEqual(actors);
    const onScreen = await page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()])));
    for (const n of json.elements.nodes) expect(n.position).toEqual(onScreen[n.data.id]);
    expect(json.elements.edges.length).toBeGreaterThan(0);
  });
});
