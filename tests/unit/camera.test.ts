import { describe, expect, it } from 'vitest';
import { fitDueAt, fitViewport, followKey } from '../../client/graph/camera.ts';
import { DEFAULT_STATE } from '../../client/state/view-state.ts';

describe('camera decisions', () => {
  it('fits a box centred with padding, never zooming past the limits', () => {
    const v = fitViewport({ x1: 0, y1: 0, x2: 1000, y2: 500 }, 1040, 580, 20, 0.1, 4);
    expect(v.zoom).toBeCloseTo(1);
    // The box centre (500, 250) lands on the container centre (520, 290).
    expect(500 * v.zoom + v.pan.x).toBeCloseTo(520);
    expect(250 * v.zoom + v.pan.y).toBeCloseTo(290);
    expect(fitViewport({ x1: 0, y1: 0, x2: 10, y2: 10 }, 1000, 800, 40, 0.1, 1.3).zoom).toBe(1.3);
    expect(fitViewport({ x1: 0, y1: 0, x2: 1e6, y2: 1e6 }, 1000, 800, 40, 0.15, 4).zoom).toBe(0.15);
  });

  it('waits for a dragged slider to rest, but answers a step at once and Play at most so often', () => {
    // Scrubbing: restMs after the latest input, however long ago the first one came.
    expect(fitDueAt({ pendingSince: 0, lastRequest: 900, lastFit: -Infinity, scrubbing: true }, 250, 450)).toBe(1150);
    // A step long after the last fit: now.
    expect(fitDueAt({ pendingSince: 5000, lastRequest: 5000, lastFit: 1000, scrubbing: false }, 250, 450)).toBe(5000);
    // Play: the next fit waits for everyMs after the previous one.
    expect(fitDueAt({ pendingSince: 1100, lastRequest: 1100, lastFit: 1000, scrubbing: false }, 250, 450)).toBe(1450);
  });

  it('refits when the date or a filter changes, not for a selection', () => {
    const a = followKey(DEFAULT_STATE, '2010-06-01');
    expect(followKey({ ...DEFAULT_STATE, focus: 'ARM', panel: 'paths' }, '2010-06-01')).toBe(a);
    expect(followKey(DEFAULT_STATE, '2013-06-01')).not.toBe(a);
    expect(followKey({ ...DEFAULT_STATE, types: ['MEMBER_OF'] }, '2010-06-01')).not.toBe(a);
    expect(followKey({ ...DEFAULT_STATE, hideIsolated: false }, '2010-06-01')).not.toBe(a);
  });
});
