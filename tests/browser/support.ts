// Shared helpers for the browser tests: launches Debian's Chromium through playwright-core
// (never a downloaded browser) and opens the explorer, collecting console errors.
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';

export { CHROMIUM_PATH };

/**
 * The browser of this test worker: one Chromium for all the browser files it runs (they run in
 * one process, vitest.config.ts), since a launch and a first page in a cold renderer cost about
 * 1.3 s a file. A file ends with releaseBrowser, not close.
 */
let shared: Promise<Browser> | undefined;

/**
 * V8 runs the pages of the tests with its interpreter and baseline compiler only. A test page
 * lives a few seconds: V8's optimizing compilers (Maglev, TurboFan) spent more CPU compiling
 * Cytoscape in the background than their code saved, about a third of the renderer's CPU
 * (measured over eight page loads). The bench leaves them on: it measures what a person gets.
 */
const TEST_ONLY_ARGS = ['--js-flags=--no-opt,--no-maglev'];

export function launchBrowser(): Promise<Browser> {
  if (!shared) {
    const launching = chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...TEST_ONLY_ARGS] });
    shared = launching;
    launching.then(
      (b) => b.on('disconnected', () => {
        if (shared === launching) shared = undefined;
      }),
      () => {
        if (shared === launching) shared = undefined;
      },
    );
  }
  return shared;
}

/**
 * Ends a file's use of the browser: every page it left open is closed (its own contexts with
 * them), so the next file starts from the same empty browser; the browser itself stays.
 */
export async function releaseBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser?.isConnected()) return;
  for (const context of browser.contexts()) {
    const session = sessions.get(browser);
    if (session && context === (await session).context) {
      for (const page of context.pages()) if (!keepers.has(page)) await page.close();
    } else await context.close();
  }
}

/**
 * One browser context per browser for the pages openApp opens, and one page that stays open
 * on the server's origin so that the next page finds its renderer process warm (all servers
 * listen on 127.0.0.1: one site, one renderer). Each openApp starts with that origin's storage
 * emptied: the explorer keeps only localStorage (dragged positions), so every test still
 * starts as a first visit.
 */
interface Session {
  context: BrowserContext;
  keeper: Page | null;
}
const sessions = new WeakMap<Browser, Promise<Session>>();
const keepers = new WeakSet<Page>();

async function sessionPage(browser: Browser, baseUrl: string): Promise<Page> {
  let made = sessions.get(browser);
  if (!made) {
    made = browser.newContext().then((context) => ({ context, keeper: null }));
    sessions.set(browser, made);
  }
  const session = await made;
  const origin = new URL(baseUrl).origin;
  let keeper = session.keeper;
  if (!keeper || keeper.isClosed() || new URL(keeper.url()).origin !== origin) {
    const before = keeper;
    keeper = await session.context.newPage();
    keepers.add(keeper);
    await keeper.goto(new URL('/api/health', origin).toString());
    session.keeper = keeper;
    // Closed once the new one holds the renderer: a keeper of a server gone keeps nothing.
    if (before && !before.isClosed()) await before.close();
  }
  await keeper.evaluate(() => localStorage.clear());
  return session.context.newPage();
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
  const page = await sessionPage(browser, baseUrl);
  await page.setViewportSize(viewport);
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
