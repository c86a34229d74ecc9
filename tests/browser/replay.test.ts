// The replay video in headless Chromium: recorded through the panel, read back with mediabunny
// (demuxed in Node, decoded by the page's WebCodecs). The container's duration and frame
// count match the plan; the first and last frames show the start and end dates' networks,
// compared (graph area only, with a tolerance for codec loss) with stills recorded while the
// app rested on those dates. The page keeps its fades on: the recorder must switch them off.
import fs from 'node:fs';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { videoLayout } from '../../client/outputs/burn-in.ts';
import { replayPlan, VIDEO_SIZES } from '../../client/outputs/replay.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, releaseBrowser, openApp } from './support.ts';

const SLOW = 300_000;
let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer({ samePort: true });
  browser = await launchBrowser();
  ({ page } = await openApp(browser, server.url, '/?at=2020-01-01', { width: 1280, height: 800 }, 60_000, { transitions: true }));
  await page.click('#export-video');
}, SLOW);

afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});

/** Moves the app to a date and waits until it is drawn and every fade has ended. */
async function settleAt(at: string): Promise<void> {
  await page.evaluate((d) => window.explorer!.store.dispatch({ type: 'view', patch: { at: d }, mode: 'push' }), at);
  await page.waitForFunction((d) => document.body.dataset.renderedAt === d && window.cy!.elements().filter((e) => e.animated()).empty(), at, { timeout: 60_000 });
}

async function record(opts: { from: string; to: string; format?: 'webm' | 'mp4'; fps?: '24' | '30'; speed?: string }): Promise<Buffer> {
  await page.fill('#video-from', opts.from);
  await page.fill('#video-to', opts.to);
  await page.selectOption('#video-format', opts.format ?? 'webm');
  await page.selectOption('#video-size', '360p');
  await page.selectOption('#video-fps', opts.fps ?? '24');
  await page.selectOption('#video-speed', opts.speed ?? '2922');
  await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('#video-start')?.disabled === false, null, { timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: SLOW }), page.click('#video-start')]);
  const file = await download.path();
  expect(await page.locator('#video-status').textContent()).toMatch(/^Saved/);
  return fs.readFileSync(file);
}

interface Demuxed {
  duration: number;
  frames: number;
  config: { codec: string; codedWidth: number; codedHeight: number; description: string | null };
  packets: { type: 'key' | 'delta'; timestamp: number; data: string }[];
}

async function demux(bytes: Buffer): Promise<Demuxed> {
  const input = new Input({ formats: ALL_FORMATS, source: new BufferSource(bytes) });
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('no video track');
  const stats = await track.computePacketStats();
  const cfg = await track.getDecoderConfig();
  if (!cfg) throw new Error('no decoder config');
  const d = cfg.description;
  const desc = d ? Buffer.from(ArrayBuffer.isView(d) ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength) : new Uint8Array(d)).toString('base64') : null;
  const packets: Demuxed['packets'] = [];
  for await (const p of new EncodedPacketSink(track).packets()) packets.push({ type: p.type, timestamp: p.timestamp, data: Buffer.from(p.data).toString('base64') });
  return {
    duration: await input.computeDuration(),
    frames: stats.packetCount,
    config: { codec: cfg.codec, codedWidth: cfg.codedWidth ?? track.codedWidth, codedHeight: cfg.codedHeight ?? track.codedHeight, description: desc },
    packets,
  };
}

/** Decodes every packet in the page (WebCodecs) and returns the first and last frames' RGBA, base64. */
async function firstAndLast(d: Demuxed): Promise<{ first: Buffer; last: Buffer; width: number; height: number }> {
  const out = await page.evaluate(async ({ config, packets }) => {
    const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const frames: VideoFrame[] = [];
    const decoder = new VideoDecoder({ output: (f) => frames.push(f), error: (e) => { throw e; } });
    decoder.configure({ codec: config.codec, codedWidth: config.codedWidth, codedHeight: config.codedHeight, ...(config.description ? { description: bytes(config.description) } : {}) });
    for (const p of packets) decoder.decode(new EncodedVideoChunk({ type: p.type, timestamp: Math.round(p.timestamp * 1e6), data: bytes(p.data) }));
    await decoder.flush();
    const read = (f: VideoFrame) => {
      const c = new OffscreenCanvas(f.displayWidth, f.displayHeight);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(f, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      let s = '';
      for (let i = 0; i < px.length; i += 0x8000) s += String.fromCharCode(...px.subarray(i, i + 0x8000));
      return btoa(s);
    };
    const result = { first: read(frames[0]!), last: read(frames.at(-1)!), width: frames[0]!.displayWidth, height: frames[0]!.displayHeight, count: frames.length };
    for (const f of frames) f.close();
    return result;
  }, d);
  expect(out.count).toBe(d.frames);
  return { first: Buffer.from(out.first, 'base64'), last: Buffer.from(out.last, 'base64'), width: out.width, height: out.height };
}

const NOISE = 60;

function maxDiff(a: Buffer, b: Buffer, i: number): number {
  return Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!));
}

/**
 * Where the two stills differ by more than codec noise (graph area only: the date and the
 * legend differ anyway), the share of those pixels at which `frame` is nearer the first still.
 */
function nearerFirst(frame: Buffer, s0: Buffer, s1: Buffer, width: number, height: number): { pixels: number; share: number } {
  const g = videoLayout(width, height).graph;
  let pixels = 0;
  let nearer = 0;
  for (let y = Math.ceil(g.y); y < Math.floor(g.y + g.h); y++) {
    for (let x = Math.ceil(g.x); x < Math.floor(g.x + g.w); x++) {
      const i = (y * width + x) * 4;
      if (maxDiff(s0, s1, i) <= NOISE) continue;
      pixels++;
      if (maxDiff(frame, s0, i) < maxDiff(frame, s1, i)) nearer++;
    }
  }
  return { pixels, share: pixels ? nearer / pixels : 0 };
}

describe('the replay video', () => {
  it(
    'records 2010 → 2014 frame by frame: exact duration and frame count, first and last frames show the start and end networks',
    async () => {
      await settleAt('2010-01-01');
      const still0 = await firstAndLast(await demux(await record({ from: '2010-01-01', to: '2010-01-01' })));
      await settleAt('2014-01-01');
      const still1 = await firstAndLast(await demux(await record({ from: '2014-01-01', to: '2014-01-01' })));
      // From a different date, with fades on: the first frame must not show 2020 fading out.
      await settleAt('2020-01-01');
      const bytes = await record({ from: '2010-01-01', to: '2014-01-01' });
      expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3'); // EBML: a WebM file

      const plan = replayPlan('2010-01-01', '2014-01-01', 24, 2922);
      expect(plan.dates.at(0)).toBe('2010-01-01');
      expect(plan.dates.at(-1)).toBe('2014-01-01');
      const video = await demux(bytes);
      expect(video.frames).toBe(plan.dates.length);
      expect(Math.abs(video.duration - plan.dates.length / 24)).toBeLessThanOrEqual(1 / 24);
      const [w, h] = VIDEO_SIZES['360p'];
      expect([video.config.codedWidth, video.config.codedHeight]).toEqual([w, h]);
      expect(video.config.codec.startsWith('vp09')).toBe(true);

      const frames = await firstAndLast(video);
      const first = nearerFirst(frames.first, still0.first, still1.first, w, h);
      const last = nearerFirst(frames.last, still0.first, still1.first, w, h);
      console.log(`pixels where the 2010 and 2014 stills differ: ${first.pixels}; nearer 2010: first frame ${first.share.toFixed(3)}, last frame ${last.share.toFixed(3)}`);
      // The two networks differ visibly; the first frame is the start's, the last the end's.
      expect(first.pixels).toBeGreaterThan(40);
      expect(first.share).toBeGreaterThan(0.8);
      expect(last.share).toBeLessThan(0.2);
    },
    SLOW * 3,
  );

  it(
    'offers MP4 (H.264) where the browser can encode it, and says so where it cannot',
    async () => {
      await page.selectOption('#video-format', 'mp4');
      await page.selectOption('#video-size', '360p');
      await page.waitForFunction(() => document.querySelector('#video-panel')?.getAttribute('data-can-record') !== null && document.querySelector('#video-note')?.textContent !== '', null, { timeout: 60_000 });
      const can = await page.evaluate(async () => (await VideoEncoder.isConfigSupported({ codec: 'avc1.42001e', width: 640, height: 360 })).supported === true);
      await page.waitForFunction((c) => document.querySelector('#video-panel')?.getAttribute('data-can-record') === String(c), can, { timeout: 60_000 });
      if (!can) {
        expect(await page.locator('#video-note').textContent()).toMatch(/cannot encode MP4/);
        return;
      }
      const bytes = await record({ from: '2012-01-01', to: '2013-01-01', format: 'mp4', fps: '30', speed: '365' });
      expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
      const plan = replayPlan('2012-01-01', '2013-01-01', 30, 365);
      const video = await demux(bytes);
      expect(video.config.codec.startsWith('avc1')).toBe(true);
      expect(video.frames).toBe(plan.dates.length);
      expect(Math.abs(video.duration - plan.dates.length / 30)).toBeLessThanOrEqual(1 / 30);
    },
    SLOW * 2,
  );
});
