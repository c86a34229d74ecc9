// The replay video, rendered frame by frame rather than recorded in real time: for each frame
// the date is set through the store (transitions off), the render of that date is awaited,
// the frame is painted (graph + burn-in) and encoded with WebCodecs, muxed by mediabunny.
// Every frame is exact and the file has the chosen frame rate and its duration, whatever the
// machine's speed.
import type { Core } from 'cytoscape';
import { formatDate, fromDayNumber, toDayNumber } from '../dates.ts';
import { videoLayout } from './burn-in.ts';
import { paintFrame } from './frame-painter.ts';
import type { Shown } from './content.ts';

export type VideoFormat = 'webm' | 'mp4';
export const VIDEO_CODEC: Record<VideoFormat, 'vp9' | 'avc'> = { webm: 'vp9', mp4: 'avc' };
export const VIDEO_MIME: Record<VideoFormat, string> = { webm: 'video/webm', mp4: 'video/mp4' };
export const VIDEO_SIZES = { '360p': [640, 360], '720p': [1280, 720], '1080p': [1920, 1080] } as const;
export type VideoSize = keyof typeof VIDEO_SIZES;

export interface ReplayOptions {
  from: string;
  to: string;
  fps: 24 | 30;
  /** Speed: days of history per second of video. */
  daysPerSecond: number;
  size: VideoSize;
  format: VideoFormat;
  title: string;
}

export interface ReplayPlan {
  /** The date each frame shows: the first is `from`, the last exactly `to`. */
  dates: string[];
  /** Seconds: frames × 1/fps. */
  duration: number;
}

/** The frames of a replay: as many as the speed asks for at this frame rate, ends included. */
export function replayPlan(from: string, to: string, fps: number, daysPerSecond: number): ReplayPlan {
  const d0 = toDayNumber(from);
  const days = Math.max(0, toDayNumber(to) - d0);
  const n = days === 0 ? 1 : Math.max(2, Math.round((days / daysPerSecond) * fps) + 1);
  const dates = Array.from({ length: n }, (_, i) => fromDayNumber(d0 + (n === 1 ? 0 : Math.round((i * days) / (n - 1)))));
  return { dates, duration: n / fps };
}

/** The muxer, loaded the first time a video is asked for: the explorer starts without it. */
const mediabunny = () => import('mediabunny');

/** Whether this browser can encode the format at this size (Debian's Chromium may lack H.264). */
export async function canRecord(format: VideoFormat, size: VideoSize): Promise<boolean> {
  if (typeof VideoEncoder === 'undefined') return false;
  const [width, height] = VIDEO_SIZES[size];
  try {
    const { canEncodeVideo, QUALITY_HIGH } = await mediabunny();
    return await canEncodeVideo(VIDEO_CODEC[format], { width, height, quality: QUALITY_HIGH });
  } catch {
    return false;
  }
}

export interface ReplayDeps {
  cy: Core;
  /** Sets the app's date (through the store). */
  showDate(at: string): void;
  /** The date the app last finished rendering (the body's data-rendered-at). */
  renderedAt(): string | undefined;
  /** The legend and credit for the range. */
  shown: Shown;
  /**
   * Holds the view still while recording (on) and lets it go after (off): the camera does not
   * follow, and transient change marks are cleared before each frame, so a frame shows exactly
   * the network at its date whatever the machine's timing.
   */
  hold?(on: boolean): void;
  /** Clears what a step leaves for a moment (change marks) before a frame is painted. */
  settle?(): void;
  onProgress?(frame: number, frames: number, date: string): void;
  signal?: AbortSignal;
}

/** Resolves when `ready()` holds, checking after each turn of the event loop; rejects after `limitMs`. */
async function until(ready: () => boolean, what: string, limitMs = 10_000): Promise<void> {
  const t0 = performance.now();
  while (!ready()) {
    if (performance.now() - t0 > limitMs) throw new Error(`Gave up waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 0));
  }
}

/**
 * Style transitions off for the recording (each frame shows its date's network, never a
 * fade from the one before), given back afterwards.
 */
function withoutTransitions(cy: Core): () => void {
  const saved = (cy.style() as unknown as { json(): unknown }).json();
  cy.style().selector('node, edge').style({ 'transition-property': 'none', 'transition-duration': 0 }).update();
  return () => {
    cy.style(saved as Parameters<Core['style']>[0]);
  };
}

export async function recordReplay(deps: ReplayDeps, opts: ReplayOptions): Promise<Blob> {
  if (typeof VideoEncoder === 'undefined') throw new Error('This browser cannot encode video (no WebCodecs VideoEncoder).');
  if (!(await canRecord(opts.format, opts.size))) throw new Error(`This browser cannot encode ${opts.format === 'mp4' ? 'MP4 (H.264)' : 'WebM (VP9)'} at ${opts.size}.`);
  const { cy } = deps;
  const [width, height] = VIDEO_SIZES[opts.size];
  const layout = videoLayout(width, height);
  const plan = replayPlan(opts.from, opts.to, opts.fps, opts.daysPerSecond);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas available.');
  const { BufferTarget, CanvasSource, Mp4OutputFormat, Output, QUALITY_HIGH, WebMOutputFormat } = await mediabunny();
  const output = new Output({
    format: opts.format === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  const source = new CanvasSource(canvas, { codec: VIDEO_CODEC[opts.format], bitrate: QUALITY_HIGH });
  output.addVideoTrack(source, { frameRate: opts.fps });
  const before = deps.renderedAt();
  const restore = withoutTransitions(cy);
  deps.hold?.(true);
  try {
    // A fade started before the recording (a slider move) finishes first.
    await until(() => cy.elements().filter((e) => e.animated()).empty(), 'running fades to end');
    await output.start();
    for (const [i, date] of plan.dates.entries()) {
      if (deps.signal?.aborted) throw new DOMException('The recording was stopped.', 'AbortError');
      deps.showDate(date);
      await until(() => deps.renderedAt() === date, `the network of ${date} to be drawn`);
      deps.settle?.();
      await paintFrame(ctx, layout, cy, { title: opts.title, date: formatDate(date), ...deps.shown });
      await source.add(i / opts.fps, 1 / opts.fps);
      deps.onProgress?.(i + 1, plan.dates.length, date);
    }
    await output.finalize();
  } catch (err) {
    if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel().catch(() => undefined);
    throw err;
  } finally {
    deps.hold?.(false);
    restore();
    if (before) deps.showDate(before);
  }
  const buffer = output.target.buffer;
  if (!buffer) throw new Error('The video came out empty.');
  return new Blob([buffer], { type: VIDEO_MIME[opts.format] });
}
