// How Debian's Chromium is launched headless, for the browser tests and the bench alike (never
// a downloaded browser): the same switches, so that the bench measures what the tests run.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Features switched off besides Playwright's own. Headless Chromium (156 here) otherwise starts a
 * renderer for its own toolbar and omnibox pages (WebUI) next to the page under test; on two
 * cores it took as much CPU as the explorer and made each page open about 15% slower.
 */
const OUR_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', 'WebUIReloadButton', 'PreloadTopChromeWebUI'];

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
  // (see openApp in tests/browser/support.ts): a page then opens in about 1.1 s instead of 1.9 s.
  '--process-per-site',
];

