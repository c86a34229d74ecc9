// Shared helpers for the browser tests: launches Debian's Chromium through playwright-core
// (never a downloaded browser) and opens the explorer, collecting console errors.
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen since the page opened. */
  errors: string[];
}

/**
 * Opens the app at `path` (e.g. "/?at=2010-06-01") at laptop size and waits until the graph is
 * built. Transitions are off (client/settings.ts, set before the app loads) so that what a test
 * reads is drawn at once; a test of the fades themselves passes { transitions: true }.
 */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  path = '/',
  viewport = { width: 1280, height: 800 },
  timeoutMs = 20_000,
  settings: { transitions?: boolean } = {},
): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript((s) => {
    window.explorerSettings = s;
  }, { transitions: false, ...settings });
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(path, baseUrl).toString());
  await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: timeoutMs });
  return { page, errors };
}

/** The id of the relation with these ends and type (seed ids are not hard-coded in tests). */
export async function relationId(page: Page, source: string, target: string, type: string): Promise<string | null> {
  return page.evaluate(
    ([s, t, ty]) => {
      const cy = window.cy;
      if (!cy) return null;
      const e = cy.edges().filter((x) => x.data('source') === s && x.data('target') === t && x.data('type') === ty);
      return e.nonempty() ? e[0]!.id() : null;
    },
    [source, target, type] as const,
  );
}

/** Whether an element is drawn: present, not carrying the hidden class. */
export async function isShown(page: Page, id: string): Promise<boolean> {
  return page.evaluate((eid) => {
    const el = window.cy?.getElementById(eid);
    return Boolean(el && el.nonempty() && !el.hasClass('hidden') && el.visible());
  }, id);
}

/** Whether any edge from source to target of this type is drawn. */
export async function edgeShown(page: Page, source: string, target: string, type: string): Promise<boolean> {
  return page.evaluate(
    ([s, t, ty]) => {
      const cy = window.cy;
      if (!cy) return false;
      return cy.edges().filter((x) => x.data('source') === s && x.data('target') === t && x.data('type') === ty && !x.hasClass('hidden')).nonempty();
    },
    [source, target, type] as const,
  );
}

/**
 * Waits until the app has drawn a view whose URL parameters include these (the body's
 * data-rendered-view, set at the end of each render), e.g. { size: 'degree' }.
 */
export async function waitForRender(page: Page, params: Record<string, string> = {}): Promise<void> {
  await page.waitForFunction((want) => {
    const drawn = document.body.dataset.renderedView;
    if (drawn === undefined) return false;
    const p = new URLSearchParams(drawn);
    return Object.entries(want).every(([k, v]) => p.get(k) === v);
  }, params);
}
