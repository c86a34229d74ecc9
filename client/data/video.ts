// The "Record video" panel: a date range and a length, the replay recorded as WebM
// (export.ts recordReplay) while the state follows the dates.
import type { Core } from 'cytoscape';
import { clampDate, formatDate } from '../dates.ts';
import { download, recordReplay, type Recording } from './export.ts';

export interface VideoElements {
  panel: HTMLElement;
  button: HTMLElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  seconds: HTMLSelectElement;
  start: HTMLButtonElement;
  stop: HTMLButtonElement;
  status: HTMLElement;
}

export interface VideoOptions {
  cy: Core;
  first: string;
  last: string;
  /** Stops playing before a recording starts. */
  pause(): void;
  showDate(at: string): void;
  /** A recording ended: the next transient change starts a new history entry. */
  done(): void;
}

export function mountVideo(els: VideoElements, opts: VideoOptions): void {
  const { first, last } = opts;
  els.from.value = first;
  els.to.value = last;
  els.from.min = els.to.min = first;
  els.from.max = els.to.max = last;
  els.button.addEventListener('click', () => {
    els.panel.hidden = !els.panel.hidden;
    els.button.setAttribute('aria-expanded', String(!els.panel.hidden));
  });
  let recording: Recording | null = null;
  els.start.addEventListener('click', () => {
    const from = clampDate(els.from.value || first, first, last);
    const to = clampDate(els.to.value || last, first, last);
    if (to <= from) {
      els.status.textContent = 'The end date must be after the start date.';
      return;
    }
    opts.pause();
    try {
      recording = recordReplay(opts.cy, {
        from,
        to,
        seconds: Number(els.seconds.value) || 20,
        showDate: opts.showDate,
        onProgress: (at) => (els.status.textContent = `Recording… ${formatDate(at)}`),
      });
    } catch (err) {
      els.status.textContent = (err as Error).message;
      return;
    }
    els.start.disabled = true;
    els.stop.disabled = false;
    void recording.done.then((blob) => {
      opts.done();
      download(blob, `alliances-${from}-to-${to}.webm`);
      els.status.textContent = `Saved a ${(blob.size / 1e6).toFixed(1)} MB WebM.`;
      els.start.disabled = false;
      els.stop.disabled = true;
      recording = null;
    });
  });
  els.stop.addEventListener('click', () => recording?.stop());
}
