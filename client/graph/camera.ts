// Follow: at every date (slider, Play, URL, keys) and filter change the camera fits the
// actors drawn at that date, once the slider rests; panning or zooming by hand turns it off
// (the view state's `follow`, kept in the URL) and the Follow button turns it back on. The
// decisions (when, and which viewport) are pure functions, unit-tested; Camera applies them.
import type { Core, NodeCollection } from 'cytoscape';
import type { ViewState } from '../state/view-state.ts';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The viewport that shows `box` (model coordinates) in a w×h container with `padding` pixels
 * around it, centred, zoomed no further in than maxZoom (a handful of actors would fill the
 * screen) nor out than minZoom.
 */
export function fitViewport(box: Box, w: number, h: number, padding: number, minZoom: number, maxZoom: number): Viewport {
  const bw = Math.max(box.x2 - box.x1, 1);
  const bh = Math.max(box.y2 - box.y1, 1);
  const fit = Math.min((w - 2 * padding) / bw, (h - 2 * padding) / bh);
  const zoom = Math.min(maxZoom, Math.max(minZoom, Number.isFinite(fit) && fit > 0 ? fit : minZoom));
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  return { zoom, pan: { x: w / 2 - cx * zoom, y: h / 2 - cy * zoom } };
}

/** What a fit depends on: the date and the filters deciding who is drawn. */
export function followKey(state: ViewState, at: string): string {
  return JSON.stringify([at, state.types, state.kinds, state.hideIsolated, state.orgs, state.minMembers]);
}

export interface FollowClock {
  /** When the oldest unanswered request came. */
  pendingSince: number;
  /** When the latest request came. */
  lastRequest: number;
  /** When the camera last fitted (-Infinity: never). */
  lastFit: number;
  /** The latest request came from the slider being dragged. */
  scrubbing: boolean;
}

/**
 * When to fit: after a drag of the slider, once it has rested restMs (not at every input
 * event); otherwise (a step, a jump, Play) at once, but no more often than everyMs, so Play
 * moves the camera in smooth strides rather than cancelling each animation.
 */
export function fitDueAt(c: FollowClock, restMs: number, everyMs: number): number {
  if (c.scrubbing) return c.lastRequest + restMs;
  return Math.max(c.pendingSince, c.lastFit + everyMs);
}

export interface CameraOptions {
  padding: number;
  /**
   * Whether a fit makes room for the actors' names. A large graph shows names only zoomed in,
   * and measuring hundreds of them cost most of a fit (about 0.4 s on the IGO profile).
   */
  labels?: boolean;
  maxFitZoom: number;
  /** Animation length; 0 moves at once (transitions off). */
  animateMs: number;
  restMs: number;
  everyMs: number;
  /** A hand pan or zoom (not one of ours). */
  onManual(): void;
  /** Told after each fit, with the key it answered (the body's data-followed says it). */
  onFitted?(key: string): void;
  now?: () => number;
}

export class Camera {
  private clock: FollowClock = { pendingSince: 0, lastRequest: 0, lastFit: Number.NEGATIVE_INFINITY, scrubbing: false };
  private pending: string | null = null;
  private timer = 0;
  private lastKey: string | null = null;
  private readonly now: () => number;

  constructor(
    private readonly cy: Core,
    private readonly opts: CameraOptions,
  ) {
    this.now = opts.now ?? (() => performance.now());
    // Cytoscape names the viewport moves made by hand; its own (fit, animate) emit none of these.
    cy.on('dragpan pinchzoom scrollzoom', () => this.manual());
  }

  private scrubNext = false;
  private held = false;

  /** Held still (a replay being recorded): no fit runs, so every frame has the same camera. */
  hold(held: boolean): void {
    this.held = held;
    if (held) {
      this.stop();
      this.cy.stop();
    }
  }

  /** The next date comes from the slider being dragged: wait for it to rest. */
  scrubbed(): void {
    this.scrubNext = true;
  }

  /** The view changed in a way that may need a fit (the same key twice is one fit). */
  follow(key: string): void {
    const scrubbing = this.scrubNext;
    this.scrubNext = false;
    if (this.held) return;
    if (key === this.lastKey && this.pending === null) return;
    if (key === this.pending) return;
    const t = this.now();
    if (this.pending === null) this.clock.pendingSince = t;
    this.pending = key;
    this.clock.lastRequest = t;
    this.clock.scrubbing = scrubbing;
    this.schedule();
  }

  /** Fits the drawn actors at once, without animation or timers (a replay frame, while held). */
  snap(): void {
    const target = this.target();
    const c = this.cy.container();
    if (!target || !c) return;
    const box = target.boundingBox({ includeLabels: this.opts.labels ?? true });
    this.cy.stop();
    this.cy.viewport(fitViewport(box, c.clientWidth, c.clientHeight, this.opts.padding, this.cy.minZoom(), this.opts.maxFitZoom));
  }

  /** Following was turned on (the Follow button): fit now, whatever was fitted before. */
  resume(key: string): void {
    this.lastKey = null;
    this.clock.lastFit = Number.NEGATIVE_INFINITY;
    this.follow(key);
  }

  /** Following was turned off: a pending fit is dropped. */
  stop(): void {
    window.clearTimeout(this.timer);
    this.pending = null;
    this.lastKey = null;
  }

  /** A move by hand (also the zoom buttons). */
  manual(): void {
    this.stop();
    this.cy.stop();
    this.opts.onManual();
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    const wait = Math.max(0, fitDueAt(this.clock, this.opts.restMs, this.opts.everyMs) - this.now());
    this.timer = window.setTimeout(() => this.fitNow(), wait);
  }

  private fitNow(): void {
    const key = this.pending;
    if (key === null) return;
    this.pending = null;
    this.lastKey = key;
    this.clock.lastFit = this.now();
    const target = this.target();
    const c = this.cy.container();
    if (target && c) {
      const box = target.boundingBox({ includeLabels: this.opts.labels ?? true });
      const to = fitViewport(box, c.clientWidth, c.clientHeight, this.opts.padding, this.cy.minZoom(), this.opts.maxFitZoom);
      this.cy.stop();
      if (this.opts.animateMs > 0) this.cy.animate(to, { duration: this.opts.animateMs, easing: 'ease-in-out-sine' });
      else this.cy.viewport(to);
    }
    this.opts.onFitted?.(key);
  }

  /** The actors drawn now (not hidden), or null when none is. */
  private target(): NodeCollection | null {
    const shown = this.cy.nodes().not('.hidden');
    return shown.nonempty() ? shown : null;
  }
}
