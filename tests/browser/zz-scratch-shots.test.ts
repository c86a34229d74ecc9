import fs from 'node:fs';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { it } from 'vitest';
import { startTestServer } from '../support/server.ts';
import { launchBrowser, openApp, waitForRender } from './support.ts';

it('shots', async () => {
  const server = await startTestServer();
  const browser = await launchBrowser();
  const { page } = await openApp(browser, server.url, '/?at=2024-06-01', { width: 1280, height: 800 }, 60_000);
  await waitForRender(page, { at: '2024-06-01' });
  await page.click('#data-menu summary');
  await page.screenshot({ path: '/tmp/w15o-shots/data-menu.png' });
  let [dl] = await Promise.all([page.waitForEvent('download'), page.click('#picture-png')]);
  fs.copyFileSync(await dl.path(), '/tmp/w15o-shots/picture.png');
  await page.click('#data-menu summary');
  [dl] = await Promise.all([page.waitForEvent('download'), page.click('#picture-svg')]);
  fs.copyFileSync(await dl.path(), '/tmp/w15o-shots/picture.svg');
  await page.click('#export-video');
  await page.fill('#video-from', '2022-01-01');
  await page.fill('#video-to', '2024-06-01');
  await page.selectOption('#video-speed', '730');
  await page.selectOption('#video-size', '720p');
  await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('#video-start')?.disabled === false);
  await page.screenshot({ path: '/tmp/w15o-shots/video-panel.png' });
  [dl] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.click('#video-start')]);
  const bytes = fs.readFileSync(await dl.path());
  fs.writeFileSync('/tmp/w15o-shots/replay.webm', bytes);
  const input = new Input({ formats: ALL_FORMATS, source: new BufferSource(bytes) });
  const track = (await input.getPrimaryVideoTrack())!;
  const packets = [];
  for await (const p of new EncodedPacketSink(track).packets()) packets.push({ type: p.type, ts: p.timestamp, data: Buffer.from(p.data).toString('base64') });
  const cfg = (await track.getDecoderConfig())!;
  const png = await page.evaluate(async ({ codec, packets }) => {
    const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const frames: VideoFrame[] = [];
    const dec = new VideoDecoder({ output: (f) => frames.push(f), error: (e) => console.error(e) });
    dec.configure({ codec });
    for (const p of packets) dec.decode(new EncodedVideoChunk({ type: p.type as 'key', timestamp: Math.round(p.ts * 1e6), data: bytes(p.data) }));
    await dec.flush();
    const out = [];
    for (const f of [frames[0]!, frames[Math.floor(frames.length / 2)]!, frames.at(-1)!]) {
      const c = new OffscreenCanvas(f.displayWidth, f.displayHeight);
      c.getContext('2d')!.drawImage(f, 0, 0);
      const b = await c.convertToBlob({ type: 'image/png' });
      const buf = new Uint8Array(await b.arrayBuffer());
      let s = '';
      for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
      out.push(btoa(s));
    }
    return out;
  }, { codec: cfg.codec, packets });
  png.forEach((b, i) => fs.writeFileSync(`/tmp/w15o-shots/frame-${i}.png`, Buffer.from(b, 'base64')));
  console.log('duration', await input.computeDuration(), 'packets', packets.length);
  await browser.close();
  await server.close();
}, 900_000);
