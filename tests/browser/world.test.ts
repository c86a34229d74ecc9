// The explorer on a generated world big enough for its large-graph mode (thousands of
// relations): it loads without errors, and after every slider move, forward, back and in
// jumps, the drawn edges are exactly the server's snapshot at the shown date.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadWorld } from '../../server/generate/load-world.ts';
import { generateWorld } from '../../server/generate/world.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { statesProjection } from '../../client/graph/projection.ts';
import { MAX_LAYER_MARKS } from '../../client/graph/change-marks.ts';
import { fitInto, pictureLayout } from '../../client/outputs/burn-in.ts';
import { launchBrowser, releaseBrowser, openApp, waitForRender } from './support.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  const world = generateWorld({ states: 60, orgs: 80, spells: 6000, events: 1000, seed: 7 });
  server = await startTestServer({ samePort: true, load: (engine, registry) => loadWorld(engine, registry, world) });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});

/** The date shown and the ids of the edges drawn: Cytoscape's visible edges and the batched layer's. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const real = window
      .cy!.edges()
      .filter((e) => !e.hasClass('hidden') && e.visible())
      .map((e) => e.id());
    const layer = window.explorer!.layer()?.ids ?? [];
    return { at: window.explorer!.snapshot()!.at, real, layer, ids: [...real, ...layer].sort() };
  });

interface ApiGraph {
  nodes: { id: string; kind: string }[];
  edges: { id: string; source: string; target: string; type: string; event: boolean }[];
}

const apiGraph = async (at: string): Promise<ApiGraph> => (await (await fetch(`${server.url}/api/graph?at=${at}`)).json()) as ApiGraph;

/** Waits until the layer has drawn at least once after `before` draws (a frame, not a clock). */
const layerDrawnSince = (page: Page, before: number) => page.waitForFunction((b) => (window.explorer!.layer()?.draws ?? 0) > b, before);

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
  it('draws the server snapshot at every date the slider reaches, the mass of edges in the batched layer, with what began and ended marked', async () => {
    // A generated world takes longer to lay out than the seed data: allow for a busy machine.
    const { page, errors } = await openApp(browser, server.url, '/?at=1990-01-01&renderer=layer', undefined, 90_000);
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe('true');
    expect(await page.evaluate(() => window.explorer!.renderer)).toBe('layer');
    // With the layer, Cytoscape holds the actors only; a relation joins it when it needs events.
    expect(await page.evaluate(() => [window.cy!.nodes().length, window.cy!.edges().length])).toEqual([140, 0]);
    // Large-graph mode: what is not shown is out of the render, not merely transparent.
    expect(await page.evaluate(() => window.cy!.nodes('.hidden').first().style('display'))).toBe('none');
    let before = (await apiGraph('1990-01-01')).edges;
    let marked = 0;
    for (const f of [0.5, 0.52, 0.55, 0.3, 0.9, 0.1, 1, 0.6]) {
      const draws = await page.evaluate(() => window.explorer!.layer()!.draws);
      await moveSlider(page, f);
      await layerDrawnSince(page, draws);
      const { at, ids, real, layer } = await drawn(page);
      const now = (await apiGraph(at)).edges;
      const expected = now.map((e) => e.id).sort();
      // Change marks on the layer: what began since the date drawn before glows, what ended
      // (not an event fading out of its window) stays as a ghost.
      const marks = await page.evaluate(() => window.explorer!.layer()!.marks);
      const was = new Set(before.map((e) => e.id));
      const is = new Set(expected);
      const began = expected.filter((id) => !was.has(id));
      const ended = before.filter((e) => !is.has(e.id) && !e.event).map((e) => e.id).sort();
      // A jump that changes more than the layer marks is said in words only.
      const shown = began.length + ended.length <= MAX_LAYER_MARKS;
      expect([...marks.began].sort(), `began by ${at}`).toEqual(shown ? began : []);
      expect([...marks.ended].sort(), `ended by ${at}`).toEqual(shown ? ended : []);
      marked += marks.began.length + marks.ended.length;
      before = now;
      expect(ids, `edges drawn on ${at}`).toEqual(expected);
      // Drawn once: by the layer or by Cytoscape, never both; with nothing selected, all by the layer.
      expect(new Set(ids).size).toBe(ids.length);
      expect(real, `Cytoscape edges on ${at}`).toEqual([]);
      expect(layer.length).toBe(expected.length);
    }
    expect(marked).toBeGreaterThan(0);
    // A click on a layer edge (away from any node) selects the edge nearest the pointer; the
    // selected relation leaves the layer and becomes a real edge on top; the union is unchanged.
    const { at } = await drawn(page);
    // Follow fits the camera once the slider rests: aim only after that fit.
    await page.waitForFunction((d) => (document.body.dataset.followed ?? '').startsWith(`["${d}"`), at);
    const target = await page.evaluate(() => {
      const cy = window.cy!;
      const rect = cy.container()!.getBoundingClientRect();
      const boxes = cy.nodes().filter((n) => n.visible()).map((n) => n.renderedBoundingBox());
      for (const e of window.explorer!.layer()!.edges) {
        const a = cy.getElementById(e.source).renderedPosition();
        const b = cy.getElementById(e.target).renderedPosition();
        const x = (a.x + b.x) / 2;
        const y = (a.y + b.y) / 2;
        const inside = x > 10 && y > 10 && x < cy.width() - 10 && y < cy.height() - 10;
        if (inside && !boxes.some((q) => x >= q.x1 - 6 && x <= q.x2 + 6 && y >= q.y1 - 6 && y <= q.y2 + 6)) return { x, y, pageX: rect.left + x, pageY: rect.top + y };
      }
      return null;
    });
    expect(target).not.toBeNull();
    await page.mouse.click(target!.pageX, target!.pageY);
    await page.waitForFunction(() => window.explorer!.store.state.view.rel !== null);
    const chosen = await page.evaluate(() => window.explorer!.store.state.view.rel!);
    await page.waitForFunction((id) => !window.explorer!.layer()!.ids.includes(id), chosen);
    // The chosen edge passes within the pick tolerance of the click.
    const distance = await page.evaluate(
      ({ id, x, y }) => {
        const e = window.cy!.getElementById(id);
        const a = e.source().renderedPosition();
        const b = e.target().renderedPosition();
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(a.x + t * dx - x, a.y + t * dy - y);
      },
      { id: chosen, x: target!.x, y: target!.y },
    );
    expect(distance).toBeLessThanOrEqual(4.5);
    const after = await drawn(page);
    expect(after.real).toEqual([chosen]);
    const atDate = (await apiGraph(at)).edges;
    expect(after.ids).toEqual(atDate.map((e) => e.id).sort());
    // A focus: its relations at the date become real edges (to be clicked), the rest stay in
    // the layer, set back; the union is still the snapshot.
    const focus = await page.evaluate((id) => window.cy!.getElementById(id).data('source') as string, chosen);
    await page.evaluate((id) => window.explorer!.store.dispatch({ type: 'view', patch: { focus: id, rel: null }, mode: 'push' }), focus);
    await waitForRender(page, { focus });
    const focused = await drawn(page);
    expect(focused.real.sort()).toEqual(atDate.filter((e) => e.source === focus || e.target === focus).map((e) => e.id).sort());
    expect(focused.ids).toEqual(atDate.map((e) => e.id).sort());
    expect(new Set(focused.ids).size).toBe(focused.ids.length);
    expect(await page.evaluate(() => window.explorer!.layer()!.edges.every((e) => (e as { faint?: boolean }).faint === true))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('exports the layer edges in the PNG under the actors, and in the SVG', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2000-01-01&renderer=layer', undefined, 90_000);
    await page.waitForFunction(() => (window.explorer!.layer()?.draws ?? 0) > 0);
    const exportFile = async (button: string): Promise<Buffer> => {
      if (!(await page.locator('#picture-scale').isVisible())) await page.click('#data-menu summary');
      await page.selectOption('#picture-scale', '1');
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(button)]);
      return fs.readFileSync(await download.path());
    };
    // In screen pixels: the centre of the organization with the most layer edges (they all end
    // there), and the middle of a layer edge away from every actor.
    const probe = await page.evaluate(() => {
      const cy = window.cy!;
      const edges = window.explorer!.layer()!.edges;
      const ends = new Map<string, number>();
      for (const e of edges) for (const id of [e.source, e.target]) ends.set(id, (ends.get(id) ?? 0) + 1);
      const inView = (p: { x: number; y: number }) => p.x > 20 && p.y > 20 && p.x < cy.width() - 20 && p.y < cy.height() - 20;
      const org = cy
        .nodes('[kind = "organization"]')
        .filter((n) => n.visible() && inView(n.renderedPosition()))
        .sort((a, b) => (ends.get(b.id()) ?? 0) - (ends.get(a.id()) ?? 0))[0]!;
      const boxes = cy.nodes().filter((n) => n.visible()).map((n) => n.renderedBoundingBox());
      let mid: { x: number; y: number } | null = null;
      for (const e of edges) {
        const a = cy.getElementById(e.source).renderedPosition();
        const b = cy.getElementById(e.target).renderedPosition();
        const p = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        if (inView(p) && !boxes.some((q) => p.x >= q.x1 - 8 && p.x <= q.x2 + 8 && p.y >= q.y1 - 8 && p.y <= q.y2 + 8)) {
          mid = p;
          break;
        }
      }
      const c = cy.container()!;
      return { org: org.renderedPosition(), orgEdges: ends.get(org.id()) ?? 0, fill: org.style('background-color') as string, mid, cw: c.clientWidth, ch: c.clientHeight, ids: edges.map((e) => (e as { id?: string }).id ?? '') };
    });
    expect(probe.orgEdges).toBeGreaterThan(0);
    expect(probe.mid).not.toBeNull();
    const png = await exportFile('#picture-png');
    const layout = pictureLayout(probe.cw, probe.ch, 1);
    const at = fitInto(probe.cw, probe.ch, layout.graph);
    const toPicture = (p: { x: number; y: number }) => ({ x: Math.round(at.x + (p.x * at.w) / probe.cw), y: Math.round(at.y + (p.y * at.h) / probe.ch) });
    const pixels = await page.evaluate(
      async ({ b64, points }) => {
        const img = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const c = new OffscreenCanvas(img.width, img.height);
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        // The darkest pixel of a 3x3 square (a one-pixel line may fall between two).
        return points.map((p) => {
          const d = ctx.getImageData(p.x - 1, p.y - 1, 3, 3).data;
          let best = [255, 255, 255];
          for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < best[0]! + best[1]! + best[2]!) best = [d[i]!, d[i + 1]!, d[i + 2]!];
          return best;
        });
      },
      { b64: png.toString('base64'), points: [toPicture(probe.org), toPicture(probe.mid!)] },
    );
    // The organization's centre has its own fill: the edges ending there lie under it.
    const fill = /rgb\((\d+), ?(\d+), ?(\d+)\)/.exec(probe.fill)!.slice(1).map(Number);
    for (let i = 0; i < 3; i++) expect(Math.abs(pixels[0]![i]! - fill[i]!), `channel ${i} at the organization`).toBeLessThanOrEqual(3);
    // Between actors, a layer edge is drawn (not the white background).
    expect(pixels[1]!.reduce((a, b) => a + b, 0)).toBeLessThan(3 * 240);
    // The SVG holds the layer's edges (those crossing the view), under the actors.
    const svg = (await exportFile('#picture-svg')).toString('utf8');
    const lines = [...svg.matchAll(/<line data-id="([^"]+)"/g)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThan(0);
    const known = new Set(probe.ids);
    expect(lines.filter((id) => !known.has(id))).toEqual([]);
    expect(svg.indexOf('class="edges layer"')).toBeLessThan(svg.indexOf('class="nodes"'));
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('draws the states-only view as the projection of the snapshot, with its threshold', async () => {
    const at = '2000-01-01';
    const { page, errors } = await openApp(browser, server.url, `/?at=${at}&renderer=layer&graph=states&share=3`, undefined, 90_000);
    const api = await apiGraph(at);
    const kinds = new Map(api.nodes.map((n) => [n.id, n.kind]));
    const pairs = (links: { source: string; target: string }[]) => links.map((l) => `${l.source}~${l.target}`).sort();
    const expected = statesProjection(api.edges, (id) => kinds.get(id), 3).map((l) => `${l.a}~${l.b}`).sort();
    expect(expected.length).toBeGreaterThan(10);
    expect(pairs(await page.evaluate(() => window.explorer!.layer()!.edges))).toEqual(expected);
    // No organization and no relation is drawn by Cytoscape in this view.
    expect(await page.evaluate(() => window.cy!.elements().filter((e) => e.visible() && (e.isEdge() || e.data('kind') === 'organization')).length)).toBe(0);
    // A higher threshold keeps only the pairs sharing that many.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#share-threshold')!;
      input.value = '6';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() => window.explorer!.store.state.view.share === 6);
    const six = statesProjection(api.edges, (id) => kinds.get(id), 6).map((l) => `${l.a}~${l.b}`).sort();
    expect(pairs(await page.evaluate(() => window.explorer!.layer()!.edges))).toEqual(six);
    expect(six.length).toBeLessThan(expected.length);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('hides the organizations with fewer members than asked at the date', async () => {
    const at = '2000-01-01';
    const api = await apiGraph(at);
    const members = new Map<string, number>();
    for (const e of api.edges) if (e.type === 'MEMBER_OF') members.set(e.target, (members.get(e.target) ?? 0) + 1);
    const counts = [...members.values()].sort((a, b) => a - b);
    // A threshold in the middle, so some organizations stay and some go.
    const n = counts[Math.floor(counts.length / 2)]!;
    const { page, errors } = await openApp(browser, server.url, `/?at=${at}&renderer=layer`, undefined, 90_000);
    await page.fill('#min-members', String(n));
    await page.dispatchEvent('#min-members', 'change');
    await page.waitForFunction((k) => window.explorer!.store.state.view.minMembers === k, n);
    expect(new URL(page.url()).searchParams.get('min')).toBe(String(n));
    const shown = await page.evaluate(() =>
      window
        .cy!.nodes('[kind = "organization"]')
        .filter((x) => x.visible())
        .map((x) => x.id())
        .sort(),
    );
    const expected = [...members].filter(([, c]) => c >= n).map(([id]) => id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(members.size);
    expect(shown).toEqual(expected);
    // No edge drawn (layer or Cytoscape) touches a hidden organization.
    const hidden = new Set([...members.keys()].filter((id) => !expected.includes(id)));
    const { ids } = await drawn(page);
    const byId = new Map(api.edges.map((e) => [e.id, e]));
    expect(ids.filter((id) => hidden.has(byId.get(id)!.target) || hidden.has(byId.get(id)!.source))).toEqual([]);
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
