// The console knows the date: $at is the slider's date unless the parameters box gives one,
// the box's JSON is checked, relationships show their start and end, a limit is not "Not
// valid Cypher", and the query and its parameters are kept in the URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startConsoleServer, type ConsoleTestServer } from '../support/console-server.ts';
import { launchBrowser, releaseBrowser, openApp } from './support.ts';

// A busy machine may take long to load the page; every later wait is on state.
const LOAD_MS = 90_000;
const LAPTOP = { width: 1280, height: 800 };
let server: ConsoleTestServer;
let browser: Browser;

beforeAll(async () => {
  // A time limit no busy machine reaches: these tests are about the console's answers, not its limits.
  server = await startConsoleServer({ console: { timeoutMs: 120_000 } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});

const MEMBERS_AT = "MATCH (a:Actor)-[r:MEMBER_OF]->(o:Actor {id: 'CSTO'}) WHERE r.start <= $at AND (r.end IS NULL OR $at < r.end) RETURN a.id AS member ORDER BY member";

/** Runs what the editor and the parameters box hold, and waits for its answer (a table, "No rows." or an error). */
async function run(page: Page): Promise<void> {
  await page.evaluate(() => document.getElementById('cypher-out')!.replaceChildren());
  await page.click('#cypher-run');
  await page.locator('#cypher-out > *').first().waitFor({ timeout: 60_000 });
}

const members = (page: Page) => page.locator('#cypher-table tbody td').allTextContents();

describe('the console and the date', () => {
  it("binds $at to the slider's date, takes parameters as JSON, and keeps both in the URL", async () => {
    const { page, errors } = await openApp(browser, server.url, `/?at=2010-06-01&panel=console&q=${encodeURIComponent(MEMBERS_AT)}`, LAPTOP, LOAD_MS);
    // A link with a query opens the console with it and runs it, at the slider's date.
    await page.locator('#cypher-table').waitFor({ timeout: 60_000 });
    expect(await members(page)).toContain('UZB');
    expect(await page.locator('#cypher-status').getAttribute('data-at')).toBe('2010-06-01');

    // The parameters box's $at wins over the slider (Uzbekistan left the CSTO in 2012).
    await page.fill('#cypher-params', '{"at": "2015-01-01"}');
    await run(page);
    expect(await page.locator('#cypher-status').getAttribute('data-at')).toBe('2015-01-01');
    expect(await members(page)).not.toContain('UZB');
    expect(await members(page)).toContain('ARM');
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe(MEMBERS_AT);
    expect(url.searchParams.get('qp')).toBe('{"at": "2015-01-01"}');

    // Malformed JSON is refused before anything is sent, with a clear message.
    await page.fill('#cypher-params', '{"at": ');
    await run(page);
    const alert = page.locator('#cypher-out .cypher-error[role="alert"]');
    expect(await alert.textContent()).toMatch(/The parameters are not valid.*not valid JSON/s);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a relationship with its start and end', async () => {
    const q = "MATCH (a:Actor {id: 'UZB'})-[r:MEMBER_OF]->(o:Actor {id: 'CSTO'}) RETURN a, r, o";
    const { page } = await openApp(browser, server.url, `/?panel=console&q=${encodeURIComponent(q)}`, LAPTOP, LOAD_MS);
    await page.locator('#cypher-table').waitFor({ timeout: 60_000 });
    const cells = await page.locator('#cypher-table tbody td:nth-child(2)').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c).toMatch(/^\(UZB\)-\[:MEMBER_OF\]->\(CSTO\) \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}$/);
    await page.close();
  });

  it('titles a memory or time limit by its error code, not as "Not valid Cypher"', async () => {
    const { page } = await openApp(browser, server.url, '/?panel=console', LAPTOP, LOAD_MS);
    await page.locator('#cypher-editor .cm-content').waitFor();
    const answers = [
      { status: 422, code: 'query_too_large', title: 'The query needed too much memory' },
      { status: 422, code: 'query_timeout', title: 'The query took too long' },
      { status: 400, code: 'query_failed', title: 'The engine could not run the query' },
    ];
    for (const a of answers) {
      // The server's answer for a limit, as the hardened console sends it.
      await page.route('**/api/cypher', (route) =>
        route.fulfill({ status: a.status, contentType: 'application/json', body: JSON.stringify({ error: { code: a.code, message: `limit ${a.code}` } }) }),
      );
      await run(page);
      const text = await page.locator('#cypher-out .cypher-error').textContent();
      expect(text).toContain(a.title);
      expect(text).toContain(`limit ${a.code}`);
      expect(text).not.toContain('Not valid Cypher');
      await page.unroute('**/api/cypher');
    }
    await page.close();
  });
});
