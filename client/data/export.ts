// Exports: a PNG of the view (cy.png), the current snapshot as JSON, and a WebM of the
// replay recorded from an offscreen canvas where Cytoscape's layers and the date are drawn.
import type { Core } from 'cytoscape';
import type { TemporalPayload } from '../api/client.ts';
import { formatDate, fromDayNumber, toDayNumber } from '../dates.ts';
import type { Snapshot } from '../snapshot.ts';
import type { ViewState } from '../state/view-state.ts';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 2000);
}

/** The view as a PNG; with the batched edge layer (large graphs) its edges are drawn under Cytoscape's picture. */
export async function exportPng(cy: Core, at: string, layer: { canvas: HTMLCanvasElement; draw(): void } | null = null): Promise<void> {
  if (!layer) {
    download(cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: 2 }), `alliances-${at}.png`);
    return;
  }
  layer.draw();
  const top = await createImageBitmap(cy.png({ output: 'blob', full: false, scale: 2 }));
  const out = document.createElement('canvas');
  out.width = top.width;
  out.height = top.height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(layer.canvas, 0, 0, out.width, out.height);
  ctx.drawImage(top, 0, 0);
  out.toBlob((blob) => blob && download(blob, `alliances-${at}.png`), 'image/png');
}

/** The snapshot in the API's neutral format, with the filters that made it. */
export function snapshotJson(payload: TemporalPayload, snapshot: Snapshot, state: ViewState): object {
  const sourceIds = new Set(snapshot.relations.flatMap((r) => r.sources));
  return {
    at: snapshot.at,
    filters: { types: state.types, kinds: state.kinds, hideIsolated: state.hideIsolated },
    nodes: payload.actors.filter((a) => snapshot.actorIds.has(a.id)),
    edges: snapshot.relations,
    sources: payload.sources.filter((s) => sourceIds.has(s.id)),
  };
}

export function exportJson(payload: TemporalPayload, snapshot: Snapshot, state: ViewState): void {
  const text = JSON.stringify(snapshotJson(payload, snapshot, state), null, 2);
  download(new Blob([text], { type: 'application/json' }), `alliances-${snapshot.at}.json`);
}

export interface Recording {
  stop(): void;
  done: Promise<Blob>;
}

/** Replays from → to over `seconds`, drawing each frame with the date burned in, and records it. */
export function recordReplay(
  cy: Core,
  opts: { from: string; to: string; seconds: number; showDate(date: string): void; onProgress?(date: string): void },
): Recording {
  if (typeof MediaRecorder === 'undefined') throw new Error('This browser cannot record video (no MediaRecorder).');
  const container = cy.container();
  if (!container) throw new Error('The graph has no container to record.');
  const w = container.clientWidth;
  const h = container.clientHeight;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(w / 2) * 2;
  canvas.height = Math.round((h + 56) / 2) * 2;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas available.');
  const stream = canvas.captureStream(30);
  const mime = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((m) => MediaRecorder.isTypeSupported(m)) ?? 'video/webm';
  const recorder = new MediaRecorder(stream, { mimeType: mime, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size) chunks.push(e.data);
  };
  const done = new Promise<Blob>((resolve) => {
    recorder.onstop = () => resolve(new Blob(chunks, { type: 'video/webm' }));
  });

  const d0 = toDayNumber(opts.from);
  const d1 = toDayNumber(opts.to);
  const t0 = performance.now();
  let frame = 0;
  let stopped = false;

  const draw = (date: string): void => {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    // Cytoscape draws on stacked canvases (sized in device pixels); paint them in order.
    for (const layer of container.querySelectorAll('canvas')) ctx.drawImage(layer, 0, 56, w, h);
    ctx.fillStyle = '#12263f';
    ctx.fillRect(0, 0, canvas.width, 56);
    ctx.fillStyle = '#ffffff';
    ctx.font = 'bold 30px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.fillText(formatDate(date), 16, 28);
    ctx.font = '16px system-ui, sans-serif';
    ctx.textAlign = 'right';
    ctx.fillText('Alliance explorer', canvas.width - 16, 28);
    ctx.textAlign = 'left';
  };

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    cancelAnimationFrame(frame);
    // A last beat so the final date is on screen before the file closes.
    window.setTimeout(() => recorder.state !== 'inactive' && recorder.stop(), 400);
  };

  const tick = (now: number): void => {
    if (stopped) return;
    const f = Math.min(1, (now - t0) / (opts.seconds * 1000));
    const date = fromDayNumber(Math.round(d0 + (d1 - d0) * f));
    opts.showDate(date);
    opts.onProgress?.(date);
    draw(date);
    if (f >= 1) stop();
    else frame = requestAnimationFrame(tick);
  };
  opts.showDate(opts.from);
  draw(opts.from);
  recorder.start(250);
  frame = requestAnimationFrame(tick);
  return { stop, done };
}

export { download };
