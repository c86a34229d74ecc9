// The time slider: a range input over days from the first date in the data to today, tick
// marks at the change dates, the date shown large, play/pause with a speed, previous/next
// change, and keys. It only reports dates (ticks.ts draws the marks, play.ts the clock).
import { addMonths, clampDate, formatDate, fromDayNumber, toDayNumber } from '../dates.ts';
import { play } from './play.ts';
import { drawTicks } from './ticks.ts';
import type { HistoryMode } from '../state/view-state.ts';

export interface SliderElements {
  input: HTMLInputElement;
  ticks: HTMLElement;
  years: HTMLElement;
  output: HTMLOutputElement;
  play: HTMLButtonElement;
  prev: HTMLButtonElement;
  next: HTMLButtonElement;
  speed: HTMLSelectElement;
}

export interface SliderOptions {
  start: string;
  end: string;
  changes: readonly string[];
  onDate(date: string, mode: HistoryMode): void;
  /** The slider itself is being moved (dragged, or its keys held). */
  onScrub?(): void;
  /** Called when a replay stops, so the history starts a new entry next time. */
  onPlayEnd?(): void;
}

export class Slider {
  private date: string;
  private playing = false;
  private stopPlay: (() => void) | null = null;

  constructor(
    private readonly els: SliderElements,
    private readonly opts: SliderOptions,
  ) {
    this.date = opts.end;
    const { input } = els;
    input.min = String(toDayNumber(opts.start));
    input.max = String(toDayNumber(opts.end));
    input.step = '1';
    drawTicks(els, opts, opts.changes);
    input.addEventListener('input', () => {
      this.opts.onScrub?.();
      this.emit(fromDayNumber(Number(input.value)), 'transient');
    });
    input.addEventListener('keydown', (e) => this.onSliderKey(e));
    els.play.addEventListener('click', () => this.toggle());
    els.prev.addEventListener('click', () => this.step(-1));
    els.next.addEventListener('click', () => this.step(1));
    document.addEventListener('keydown', (e) => this.onGlobalKey(e));
  }

  get current(): string {
    return this.date;
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  /** Shows a date without reporting it (the state changed elsewhere). */
  show(date: string): void {
    this.date = clampDate(date, this.opts.start, this.opts.end);
    const { input, output } = this.els;
    input.value = String(toDayNumber(this.date));
    input.setAttribute('aria-valuetext', formatDate(this.date));
    output.textContent = formatDate(this.date);
    output.dataset.date = this.date;
  }

  /** The change date before or after the current one. */
  neighbourChange(direction: -1 | 1): string | null {
    const c = this.opts.changes;
    if (direction > 0) return c.find((d) => d > this.date && d <= this.opts.end) ?? null;
    for (let i = c.length - 1; i >= 0; i--) {
      const d = c[i];
      if (d !== undefined && d < this.date && d >= this.opts.start) return d;
    }
    return null;
  }

  step(direction: -1 | 1): void {
    const d = this.neighbourChange(direction);
    if (d) this.emit(d, 'push');
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  play(): void {
    if (this.playing) return;
    if (this.date >= this.opts.end) this.emit(this.opts.start, 'push');
    this.playing = true;
    this.els.play.setAttribute('aria-pressed', 'true');
    this.els.play.textContent = '❚❚ Pause';
    // The day moved with the state elsewhere (this.date) is the one the play goes on from.
    this.stopPlay = play({
      fromDay: toDayNumber(this.date),
      endDay: toDayNumber(this.opts.end),
      perSecond: () => Number(this.els.speed.value) || 365,
      onDay: (day) => this.emit(fromDayNumber(day), 'transient'),
      onEnd: () => this.pause(),
    });
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.stopPlay?.();
    this.stopPlay = null;
    this.els.play.setAttribute('aria-pressed', 'false');
    this.els.play.textContent = '▶ Play';
    this.opts.onPlayEnd?.();
  }

  private emit(date: string, mode: HistoryMode): void {
    const d = clampDate(date, this.opts.start, this.opts.end);
    this.show(d);
    this.opts.onDate(d, mode);
  }

  private onSliderKey(e: KeyboardEvent): void {
    let next: string | null = null;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        next = e.shiftKey ? addMonths(this.date, 12) : addMonths(this.date, 1);
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        next = e.shiftKey ? addMonths(this.date, -12) : addMonths(this.date, -1);
        break;
      case 'PageUp':
        next = this.neighbourChange(-1);
        break;
      case 'PageDown':
        next = this.neighbourChange(1);
        break;
      case 'Home':
        next = this.opts.start;
        break;
      case 'End':
        next = this.opts.end;
        break;
      default:
        return;
    }
    // Our steps (a month, a year, a change) replace the input's own one-day step.
    e.preventDefault();
    if (next) this.emit(next, 'transient');
  }

  private onGlobalKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const t = e.target as HTMLElement | null;
    // The slider itself is no place to type: its keys are the time bar's keys.
    const onSlider = t === this.els.input;
    const typing = !onSlider && t !== null && (t.isContentEditable || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(t.tagName));
    if (e.key === ' ' && !typing) {
      e.preventDefault();
      this.toggle();
    } else if (e.key === '[' && !typing) {
      this.step(-1);
    } else if (e.key === ']' && !typing) {
      this.step(1);
    }
  }
}
