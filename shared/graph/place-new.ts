// Places actors added to a laid-out graph without moving anyone else: each new actor goes
// next to its already placed neighbours (their mean, weighted by how many relations link
// them, plus a small offset fixed by its id so it does not sit on an organization); actors
// linked only to other new ones follow once those are placed; the unlinked go in a row
// below the picture.
import type { Point, Positions } from './positions.ts';

/** How far from its neighbours' mean a new actor lands. */
export const NEW_ACTOR_OFFSET = 60;
const ROW_GAP = 120;
const ROW_STEP = 80;

/** FNV-1a: a stable number from an id, for the offset's direction. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function placeNew(newIds: readonly string[], relations: readonly { source: string; target: string }[], placed: Readonly<Positions>): Positions {
  const pending = new Set([...newIds].filter((id) => !Object.hasOwn(placed, id)).sort());
  const links = new Map<string, Map<string, number>>();
  const link = (a: string, b: string) => {
    if (!pending.has(a) || a === b) return;
    let m = links.get(a);
    if (!m) links.set(a, (m = new Map()));
    m.set(b, (m.get(b) ?? 0) + 1);
  };
  for (const r of relations) {
    link(r.source, r.target);
    link(r.target, r.source);
  }
  const out = new Map<string, Point>();
  // Own properties only: an actor may be called `constructor`.
  const where = (id: string): Point | undefined => (Object.hasOwn(placed, id) ? placed[id] : out.get(id));
  let progress = true;
  while (progress && pending.size > 0) {
    progress = false;
    for (const id of [...pending]) {
      let x = 0;
      let y = 0;
      let w = 0;
      for (const [other, count] of links.get(id) ?? []) {
        const p = where(other);
        if (!p) continue;
        x += p.x * count;
        y += p.y * count;
        w += count;
      }
      if (w === 0) continue;
      const angle = ((hash(id) % 3600) / 3600) * 2 * Math.PI;
      out.set(id, { x: round(x / w + Math.cos(angle) * NEW_ACTOR_OFFSET), y: round(y / w + Math.sin(angle) * NEW_ACTOR_OFFSET) });
      pending.delete(id);
      progress = true;
    }
  }
  if (pending.size > 0) {
    const all = [...Object.values(placed), ...out.values()];
    const left = all.length > 0 ? Math.min(...all.map((p) => p.x)) : 0;
    const bottom = all.length > 0 ? Math.max(...all.map((p) => p.y)) : 0;
    [...pending].forEach((id, i) => out.set(id, { x: round(left + i * ROW_STEP), y: round(bottom + ROW_GAP) }));
  }
  return Object.fromEntries(out);
}
