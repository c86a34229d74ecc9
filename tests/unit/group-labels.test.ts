// Group labels sit outside their members, off other nodes, and off each other.
import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from '../../client/graph/group-labels.ts';

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });
const hits = (a: Box, b: Box): boolean => Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);

describe('group label placement', () => {
  it('puts a label just above its members when nothing is there', () => {
    const [p] = placeLabels([{ members: box(0, 0, 100, 100), width: 60, height: 20 }], [box(0, 0, 100, 100)]);
    expect(p!.x).toBe(50);
    expect(p!.box.y2).toBeLessThanOrEqual(0);
  });

  it('moves off a node that sits above the members', () => {
    const nodes = [box(0, 0, 100, 100), box(20, -40, 80, -5)];
    const [p] = placeLabels([{ members: box(0, 0, 100, 100), width: 60, height: 20 }], nodes);
    for (const n of nodes) expect(hits(p!.box, n)).toBe(false);
  });

  it('keeps two groups with the same top edge from stacking their labels', () => {
    const members = box(0, 0, 100, 100);
    const [a, b] = placeLabels(
      [
        { members, width: 80, height: 20 },
        { members: box(10, 0, 90, 80), width: 80, height: 20 },
      ],
      [members],
    );
    expect(hits(a!.box, b!.box)).toBe(false);
  });

  it('stays on screen and out from under the buttons when it can', () => {
    const members = box(0, 0, 100, 100);
    const screen = box(-200, -5, 300, 300);
    const buttons = box(0, 100, 300, 300);
    const [p] = placeLabels([{ members, width: 60, height: 20 }], [members, buttons], 16, screen);
    expect(p!.box.y1).toBeGreaterThanOrEqual(screen.y1);
    expect(hits(p!.box, buttons)).toBe(false);
    expect(p!.box.x2).toBeLessThanOrEqual(0);
  });

  it('takes the least covering place when every place is covered', () => {
    const wall = box(-1000, -1000, 1000, 1000);
    const [p] = placeLabels([{ members: box(0, 0, 10, 10), width: 10, height: 10 }], [wall]);
    expect(Number.isFinite(p!.x)).toBe(true);
  });
});
