// Shared helpers for the browser tests: launches Debian's Chromium through playwright-core
// (never a downloaded browser) and opens the explorer, collecting console errors.
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Features switched off besides Playwright's own. Headless Chromium 15x otherwise starts a
 * renderer for its own toolbar and omnibox pages (WebUI) next to the page under test; on two
 * cores it took as much CPU as the explorer and made each page open about 15% slower.
 */
const OUR_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIReloadButton', 'PreloadTopChromeWebUI'];

/**
 * Playwright's own list (playwright-core's chromiumSwitches). Chromium keeps only the last
 * --disable-features it is given, so ours must repeat these; tests/browser/chromium-flags.test.ts
 * checks the copy against the installed Playwright.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES].join(',')}`,
  // The explorer's pages share one renderer process, kept warm by a page that stays open
  // (see openApp): a page then opens in about 1.1 s instead of 1.9 s.
  '--process-per-site',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * One browser context per browser for the pages openApp opens, with a page per server that
 * stays open so that the next page finds its renderer process warm. Each openApp starts with
 * that server's storage emptied: the explorer keeps only localStorage (dragged positions), so
 * every test still starts as a first visit.
 */
interface Session {
  context: BrowserContext;
  keepers: Map<string, Page>;
}
const sessions = new WeakMap<Browser, Promise<Session>>();

async function sessionPage(browser: Browser, baseUrl: string): Promise<Page> {
  let made = sessions.get(browser);
  if (!made) {
    made = browser.newContext().then((context) => ({ context, keepers: new Map<string, Page>() }));
    sessions.set(browser, made);
  }
  const session = await made;
  const origin = new URL(baseUrl).origin;
  let keeper = session.keepers.get(origin);
  if (!keeper || keeper.isClosed()) {
    keeper = await session.context.newPage();
    await keeper.goto(new URL('/api/health', origin).toString());
    session.keepers.set(origin, keeper);
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
