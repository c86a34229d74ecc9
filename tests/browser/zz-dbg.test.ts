import { it } from 'vitest';
import { startTestServer } from '/work/main/tests/support/server.ts';
import { launchBrowser, openApp } from '/work/main/tests/browser/support.ts';
it('dbg', async () => {
  let t = Date.now();
  const server = await startTestServer();
  console.log('server', Date.now() - t); t = Date.now();
  const browser = await launchBrowser();
  console.log('browser', Date.now() - t); t = Date.now();
  const { page } = await openApp(browser, server.url, '/?at=2020-06-01');
  console.log('open1', Date.now() - t); t = Date.now();
  const p2 = await openApp(browser, server.url, '/?at=2020-06-01&path=ARM,CHN');
  console.log('open2', Date.now() - t); t = Date.now();
  await browser.close(); await server.close();
}, 60000);
