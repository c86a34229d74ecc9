// The "Record video" panel: range, title, format, size, frame rate and speed, then a replay
// rendered frame by frame (outputs/replay.ts) and downloaded. MP4 is offered only where the
// browser can encode H.264; otherwise the panel says so.
import type { Core } from 'cytoscape';
import { formatDate } from '../dates.ts';
import { h } from '../dom.ts';
import type { Shown } from '../outputs/content.ts';
import { canRecord, recordReplay, replayPlan, VIDEO_SIZES, type ReplayOptions, type VideoFormat, type VideoSize } from '../outputs/replay.ts';
import { download } from './export.ts';

export interface VideoDeps {
  cy: Core;
  first: string;
  last: string;
  /** The date the slider shows now. */
  at(): string;
  pause(): void;
  showDate(at: string): void;
  renderedAt(): string | undefined;
  /** See ReplayDeps (outputs/replay.ts): keep the view still while recording. */
  hold?(on: boolean): void;
  settle?(): void;
  shown(from: string, to: string): Shown;
  done(): void;
}

const SPEEDS: [number, string][] = [
  [30, '1 month a second'],
  [91, '3 months a second'],
  [182, '6 months a second'],
  [365, '1 year a second'],
  [730, '2 years a second'],
  [1461, '4 years a second'],
  [2922, '8 years a second'],
];

function select(id: string, options: [string, string][], selected: string): HTMLSelectElement {
  return h('select', { id }, ...options.map(([v, label]) => h('option', { value: v, selected: v === selected }, label)));
}

export function mountVideo(panel: HTMLElement, button: HTMLElement, deps: VideoDeps): void {
  const from = h('input', { id: 'video-from', type: 'date', min: deps.first, max: deps.last, value: deps.first });
  const to = h('input', { id: 'video-to', type: 'date', min: deps.first, max: deps.last, value: deps.last });
  const title = h('input', { id: 'video-title', type: 'text', value: 'Alliance explorer', size: 22 });
  const format = select('video-format', [['webm', 'WebM (VP9)'], ['mp4', 'MP4 (H.264)']], 'webm');
  const size = select('video-size', (Object.keys(VIDEO_SIZES) as VideoSize[]).map((s) => [s, s === '360p' ? '360p (preview)' : s]), '720p');
  const fps = select('video-fps', [['24', '24 fps'], ['30', '30 fps']], '30');
  const speed = select('video-speed', SPEEDS.map(([v, l]) => [String(v), l]), '365');
  const start = h('button', { type: 'button', id: 'video-start', class: 'primary' }, 'Record');
  const stop = h('button', { type: 'button', id: 'video-stop', disabled: true }, 'Stop');
  const note = h('span', { id: 'video-note', class: 'note' });
  const status = h('span', { id: 'video-status', role: 'status', 'aria-live': 'polite' });
  const label = (text: string, control: HTMLElement) => h('label', {}, `${text} `, control);
  panel.replaceChildren(label('From', from), label('To', to), label('Title', title), label('Format', format), label('Size', size), label('Rate', fps), label('Speed', speed), start, stop, note, status);

  const options = (): ReplayOptions => ({
    from: from.value || deps.first,
    to: to.value || deps.last,
    fps: fps.value === '24' ? 24 : 30,
    daysPerSecond: Number(speed.value) || 365,
    size: size.value as VideoSize,
    format: format.value as VideoFormat,
    title: title.value.trim() || 'Alliance explorer',
  });

  let recording: AbortController | null = null;
  // What the choices give (frames, length), and whether this browser can encode the format.
  let checks = 0;
  const describe = async (): Promise<void> => {
    const o = options();
    const plan = replayPlan(o.from, o.to, o.fps, o.daysPerSecond);
    const ticket = ++checks;
    const ok = await canRecord(o.format, o.size);
    if (ticket !== checks) return;
    start.disabled = !ok || recording !== null;
    note.textContent = ok
      ? `${plan.dates.length} frames, ${plan.duration.toFixed(1)} s`
      : typeof VideoEncoder === 'undefined'
        ? 'This browser has no WebCodecs video encoder: recording is not available.'
        : `This browser cannot encode ${o.format === 'mp4' ? 'MP4 (H.264); choose WebM' : 'WebM (VP9)'} at ${o.size}.`;
    panel.dataset.canRecord = String(ok);
  };
  for (const c of [from, to, format, size, fps, speed]) c.addEventListener('change', () => void describe());

  button.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) {
      // The range starts where the slider is, unless the person chose one already.
      if (from.value === deps.first && deps.at() < deps.last) from.value = deps.at();
      void describe();
    }
  });

  start.addEventListener('click', () => {
    if (recording) return;
    const o = options();
    if (o.from > o.to) {
      status.textContent = 'The start date is after the end date.';
      return;
    }
    deps.pause();
    const controller = new AbortController();
    recording = controller;
    start.disabled = true;
    stop.disabled = false;
    status.textContent = 'Recording…';
    panel.dataset.recording = 'true';
    void recordReplay(
      {
        cy: deps.cy,
        showDate: deps.showDate,
        renderedAt: deps.renderedAt,
        ...(deps.hold ? { hold: deps.hold } : {}),
        ...(deps.settle ? { settle: deps.settle } : {}),
        shown: deps.shown(o.from, o.to),
        signal: controller.signal,
        onProgress: (i, n, date) => (status.textContent = `Recording… frame ${i} of ${n} (${formatDate(date)})`),
      },
      o,
    )
      .then((blob) => {
        download(blob, `alliances-${o.from}-to-${o.to}.${o.format}`);
        status.textContent = `Saved a ${(blob.size / 1e6).toFixed(1)} MB ${o.format.toUpperCase()} video.`;
      })
      .catch((err: unknown) => {
        status.textContent = err instanceof DOMException && err.name === 'AbortError' ? 'Recording stopped.' : `Could not record: ${(err as Error).message}`;
      })
      .finally(() => {
        recording = null;
        stop.disabled = true;
        delete panel.dataset.recording;
        deps.done();
        void describe();
      });
  });
  stop.addEventListener('click', () => recording?.abort());
}
