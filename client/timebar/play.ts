// Playing: the date advances with the frame clock at a speed in days per second, one step
// per animation frame, until the end.

export interface PlayOptions {
  fromDay: number;
  endDay: number;
  /** Days per second, read each frame (the speed may change while playing). */
  perSecond(): number;
  onDay(day: number): void;
  onEnd(): void;
}

/** Starts playing; the returned function stops it (without calling onEnd). */
export function play(opts: PlayOptions): () => void {
  let pos = opts.fromDay;
  let day = opts.fromDay;
  let last = performance.now();
  let frame = 0;
  let stopped = false;
  const tick = (now: number): void => {
    if (stopped) return;
    pos += ((now - last) / 1000) * opts.perSecond();
    last = now;
    const next = Math.min(Math.floor(pos), opts.endDay);
    if (next !== day) {
      day = next;
      opts.onDay(day);
    }
    if (day >= opts.endDay) {
      stopped = true;
      opts.onEnd();
    } else frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
  };
}
