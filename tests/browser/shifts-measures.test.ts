// The shifts panel's measures and the Data menu's dataset formats in a real browser over the
// real server and seeds: S's decomposition drawn as bars labelled as the API words it, the
// measure kept in the URL, and a COW IGO state-year file imported through the dialog.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, releaseBrowser, openApp, waitForRender } from './support.ts';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
// Room for a loaded machine (as the other browser files allow); a quiet one takes a few seconds.
const LOAD_MS = 90_000;
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

type MeasureAnswer = { shifts: { actor: string; delta: number | null; decomposition: { object: string; change: number; text: string }[] }[] };

async function api<T>(route: string): Promise<T> {
  const res = await fetch(new URL(route, server.url));
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** Each listed actor's decomposition labels, as the panel draws them. */
function drawnParts(page: Page): Promise<Record<string, string[]>> {
  return page.locator('#shift-list li.shift').evaluateAll((lis) =>
    Object.fromEntries(lis.map((li) => [li.getAttribute('data-actor'), [...li.querySelectorAll('.shift-part .part-label')].map((e) => e.textContent)])),
  );
}

/** The same, from the API's answer: the actors that moved, in its order. */
function apiParts(a: MeasureAnswer): Record<string, string[]> {
  return Object.fromEntries(a.shifts.filter((s) => s.delta !== null && s.delta !== 0).map((s) => [s.actor, s.decomposition.map((d) => d.text)]));
}

const FROM = '2015-01-01';
const TO = '2025-06-01';

describe('shifts by the field\'s measures', () => {
  it('draws S\'s decomposition as bars labelled as the API words it, and keeps the measure in the URL', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2024-06-01&panel=shifts', undefined, LOAD_MS);
    await page.fill('#shift-target', 'CHN');
    await page.fill('#shift-from', FROM);
    await page.fill('#shift-to', TO);
    await page.selectOption('#shift-method', 's');
    // The chooser explains the measure in one line, and offers S's distance and a second actor.
    await expect.poll(() => page.locator('#shift-method-explain').textContent()).toMatch(/Signorino & Ritter 1999/);
    expect(await page.locator('#shift-metric').isVisible()).toBe(true);
    expect(await page.locator('#shift-relative').isVisible()).toBe(true);
    await page.click('#shift-form button[type="submit"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('method') === 's');
    await page.locator('#shift-list .shift-part').first().waitFor();

    const want = apiParts(await api<MeasureAnswer>(`/api/shifts?toward=CHN&from=${FROM}&to=${TO}&method=s&sMetric=abs`));
    expect(Object.keys(want).length).toBeGreaterThan(0);
    expect(await drawnParts(page)).toEqual(want);
    // Gains and losses in two colours, and the sign in the label's text, not only in the colour.
    const parts = await page.locator('#shift-list .shift-part').evaluateAll((lis) =>
      lis.map((li) => ({ up: li.classList.contains('up'), change: Number(li.getAttribute('data-change')), label: li.querySelector('.part-label')!.textContent!, width: (li.querySelector('.bar') as HTMLElement).style.width })),
    );
    expect(parts.some((p) => p.up) && parts.some((p) => !p.up)).toBe(true);
    for (const p of parts) {
      expect(p.up).toBe(p.change > 0);
      expect(p.label).toMatch(p.change > 0 ? /: \+\d/ : /: −\d/);
      expect(parseFloat(p.width)).toBeGreaterThan(0);
    }
    const colours = await page.evaluate(() => ['up', 'down'].map((c) => getComputedStyle(document.querySelector(`.shift-part.${c} .bar`)!).backgroundColor));
    expect(colours[0]).not.toBe(colours[1]);
    await waitForRender(page, { method: 's' });
    await page.screenshot({ path: path.join(SHOTS, 'shifts-S-CHN.png') });

    // A row lights its evidence on the graph, as with the alignment score.
    const first = page.locator('#shift-list li.shift').first();
    await first.locator('.shift-pick').click();
    const evidence = await first.locator('.evidence [data-relation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-relation')).sort());
    expect(evidence.length).toBeGreaterThan(0);
    await page.waitForFunction(() => window.cy!.edges('.highlight').length > 0);
    expect(await page.evaluate(() => window.cy!.edges('.highlight').map((e) => e.id()).sort())).toEqual(evidence);

    // The squared form re-ranks at once, and the URL says so.
    await page.selectOption('#shift-metric', 'sq');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sMetric') === 'sq');
    await page.locator('#shift-list .shift-part').first().waitFor();
    expect(await drawnParts(page)).toEqual(apiParts(await api<MeasureAnswer>(`/api/shifts?toward=CHN&from=${FROM}&to=${TO}&method=s&sMetric=sq`)));
    expect(new URL(page.url()).searchParams.get('shifts')).toBe(`CHN,${FROM},${TO}`);

    // Back: the previous ranking (absolute distance) is what the panel shows again.
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sMetric') === null && document.querySelector<HTMLSelectElement>('#shift-metric')?.value === 'abs');
    const abs = apiParts(await api<MeasureAnswer>(`/api/shifts?toward=CHN&from=${FROM}&to=${TO}&method=s&sMetric=abs`));
    await expect.poll(() => drawnParts(page), { timeout: LOAD_MS }).toEqual(abs);
    expect(errors).toEqual([]);
    await page.close();
  }, LOAD_MS);

  it('re-opens a link\'s ranking by the same measure, distance and second actor', async () => {
    const { page, errors } = await openApp(browser, server.url, `/?at=2024-06-01&panel=shifts&shifts=CHN,${FROM},${TO}&method=kappa&sMetric=sq&relativeTo=USA`, undefined, LOAD_MS);
    await page.locator('#shift-list .shift-part').first().waitFor();
    expect(await page.locator('#shift-method').inputValue()).toBe('kappa');
    expect(await page.locator('#shift-metric').inputValue()).toBe('sq');
    expect(await page.locator('#shift-relative').inputValue()).toBe('United States');
    expect(await page.locator('#shift-method-explain').textContent()).toMatch(/Häge 2011/);
    expect(await drawnParts(page)).toEqual(apiParts(await api<MeasureAnswer>(`/api/shifts?toward=CHN&from=${FROM}&to=${TO}&method=kappa&sMetric=sq&relativeTo=USA`)));
    expect(errors).toEqual([]);
    await page.close();
  }, LOAD_MS);
});

// A COW IGO v3 state-year file in its published layout: ccode, year, state, then one column
// per organization named by its abbreviation (1 full member, 3 observer, 0 not a member).
// CICA is not a seed organization: everything about it comes from this file.
const STATE_YEAR = ['ccode,year,state,cica', '705,2010,KZK,3', '705,2011,KZK,3', '705,2012,KZK,1', '705,2013,KZK,1', '710,2010,CHN,1', '710,2011,CHN,1', '710,2012,CHN,1', '710,2013,CHN,1'].join('\n');

type ActorAnswer = { relations: { source: string; target: string; type: string; start: string; end: string | null; sources: string[] }[] };

describe('the Data menu\'s formats', () => {
  it('imports a COW IGO state-year file, whose spells the API then holds', async () => {
    const { page, errors } = await openApp(browser, server.url, '/?at=2012-06-01', undefined, LOAD_MS);
    await page.click('#data-menu summary');
    await page.click('#import-open');
    await page.check('#import-format-cow-igo');
    // The format's line and its file's name; the CSV inputs give way to the one file.
    expect(await page.locator('#import-format-cow-igo-about').textContent()).toMatch(/one row per state and year/);
    expect(await page.locator('#import-dataset-files').textContent()).toContain('state_year_formatv3.csv');
    expect(await page.locator('#import-relations').isVisible()).toBe(false);
    await page.setInputFiles('#import-dataset-file', { name: 'state_year_formatv3.csv', mimeType: 'text/csv', buffer: Buffer.from(STATE_YEAR) });
    await page.uncheck('#import-dry');
    await page.click('#import-form button[type="submit"]');
    await expect.poll(() => page.locator('#import-report').textContent(), { timeout: 20_000 }).toMatch(/^Loaded 3 relations, 1 actor, 1 source from 8 lines\./);
    await page.screenshot({ path: path.join(SHOTS, 'import-cow-igo.png') });

    const spells = (await api<ActorAnswer>('/api/actors/KAZ')).relations
      .filter((r) => r.sources.includes('cow-igo-v3'))
      .map(({ type, start, end, target }) => ({ type, start, end, target }));
    expect(spells).toEqual([
      { type: 'OBSERVER_OF', start: '2010-01-01', end: '2012-01-01', target: spells[0]?.target },
      { type: 'MEMBER_OF', start: '2012-01-01', end: null, target: spells[0]?.target },
    ]);
    const org = (await api<{ actor: { shortName: string | null } }>(`/api/actors/${spells[0]!.target}`)).actor;
    expect(org.shortName).toBe('CICA');
    expect(errors).toEqual([]);
    await page.close();
  }, LOAD_MS);

  it('shows a dataset\'s bad lines as the CSV import does', async () => {
    const { page } = await openApp(browser, server.url, '/?at=2012-06-01', undefined, LOAD_MS);
    await page.click('#data-menu summary');
    await page.click('#import-open');
    await page.check('#import-format-cow-igo');
    await page.setInputFiles('#import-dataset-file', { name: 'state_year_formatv3.csv', mimeType: 'text/csv', buffer: Buffer.from('ccode,yr,state,cica\n705,2010,KZK,1\n') });
    await page.click('#import-form button[type="submit"]');
    const table = page.locator('#import-problems');
    await table.waitFor({ timeout: 20_000 });
    const first = await table.locator('tbody tr').first().evaluate((tr) => [...tr.children].map((td) => td.textContent));
    expect(first.slice(0, 2)).toEqual(['state_year_formatv3.csv', '1']);
    expect(await page.locator('#import-report [role="alert"]').textContent()).toMatch(/Nothing was imported/);
    await page.close();
  }, LOAD_MS);
});
