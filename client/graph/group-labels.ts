// Where each group's label goes: outside its members, off every drawn node (and the node's own
// label), and off the labels placed before it. Pure: boxes in, positions out, so it is tested
// without a page. Candidates are tried nearest first: above the members, then below, then at
// the sides, then further out; the first that touches nothing wins, else the least covering.

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelRequest {
  /** The members' box (with their labels), model coordinates. */
  members: Box;
  /** The label's size. */
  width: number;
  height: number;
}

/** A label's box, by its centre. */
export interface Placed {
  x: number;
  y: number;
  box: Box;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return w > 0 && h > 0 ? w * h : 0;
}

const SLIDE = [0, -0.25, 0.25, -0.5, 0.5, -0.75, 0.75, -1, 1];

function candidates(r: LabelRequest, gap: number): { x: number; y: number }[] {
  const { members: m, width: w, height: h } = r;
  const cx = (m.x1 + m.x2) / 2;
  const cy = (m.y1 + m.y2) / 2;
  const above = m.y1 - gap - h / 2;
  const below = m.y2 + gap + h / 2;
  const out: { x: number; y: number }[] = [];
  for (let ring = 0; ring < 3; ring++) {
    const dy = ring * (h + gap);
    // Along the top (and bottom) edge: the centre first, then sliding outward both ways.
    const half = Math.max(0, (m.x2 - m.x1 - w) / 2);
    const xs = SLIDE.map((f) => cx + f * half);
    for (const x of xs) out.push({ x, y: above - dy });
    for (const x of xs) out.push({ x, y: below + dy });
    const dx = ring * (w / 2 + gap);
    out.push({ x: m.x1 - gap - w / 2 - dx, y: cy }, { x: m.x2 + gap + w / 2 + dx, y: cy });
    out.push({ x: m.x1 - gap - w / 2 - dx, y: m.y1 + h / 2 }, { x: m.x2 + gap + w / 2 + dx, y: m.y1 + h / 2 });
  }
  return out;
}

function outside(a: Box, bounds: Box): number {
  const area = (a.x2 - a.x1) * (a.y2 - a.y1);
  return area - overlap(a, bounds);
}

/**
 * Places the labels in order (earlier groups choose first). `obstacles` are the drawn nodes'
 * boxes with their labels, and anything drawn over the graph (its buttons); `gap` keeps a
 * label clear of its members' outline; a label is kept inside `bounds` (what is on screen)
 * where it can be.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], gap = 16, bounds: Box | null = null): Placed[] {
  const placed: Placed[] = [];
  for (const r of requests) {
    let best: Placed | null = null;
    let bestCost = Infinity;
    candidates(r, gap).forEach((c, i) => {
      const box = { x1: c.x - r.width / 2, y1: c.y - r.height / 2, x2: c.x + r.width / 2, y2: c.y + r.height / 2 };
      let cost = 0;
      for (const o of obstacles) cost += overlap(box, o);
      for (const p of placed) cost += 2 * overlap(box, p.box);
      if (bounds) cost += outside(box, bounds);
      // Among candidates covering nothing, the first (nearest) wins; a tiny term breaks ties by order.
      cost += i * 1e-6;
      if (cost < bestCost) {
        bestCost = cost;
        best = { x: c.x, y: c.y, box };
      }
    });
    placed.push(best ?? { x: 0, y: 0, box: { x1: 0, y1: 0, x2: 0, y2: 0 } });
  }
  return placed;
}
