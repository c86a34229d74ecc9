// Screenshots of the explorer at three dates at laptop size, into /tmp/shots (or
// SHOTS_DIR), for a person to look at; asserts only that the page rendered.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, releaseBrowser, openApp, waitForRender } from './support.ts';

const DIR = process.env.SHOTS_DIR ?? '/tmp/shots';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(DIR, { recursive: true });
  server = await startTestServer({ samePort: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});

describe('screenshots at 1280x800', () => {
  for (const [at, query] of [
    ['1995-01-01', ''],
    ['2010-06-01', ''],
    ['2024-06-01', ''],
    ['2024-06-01', '&focus=ARM'],
  ] as const) {
    it(`renders ${at}${query}`, async () => {
      const { page, errors } = await openApp(browser, server.url, `/?at=${at}${query}`);
      await waitForRender(page, { at }); // transitions off: the render for the date is what is on screen
      const file = path.join(DIR, `${at}${query ? '-focus-ARM' : ''}.png`);
      await page.screenshot({ path: file });
      expect(fs.statSync(file).size).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
