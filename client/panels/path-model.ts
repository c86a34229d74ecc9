// Pure helpers for the path panel: which span of a path history holds a date, the span's
// path repaired to relations active at the date, and the sentences that answer in words.
import type { PathHistory, PathIds, PathSpan } from '../api/analysis.ts';
import { formatDate } from '../dates.ts';

export interface Pairable {
  id: string;
  source: string;
  target: string;
  type: string;
}

/** The span of the history that holds `at` (spans tile time; end exclusive), or null before the first. */
export function spanAt(spans: readonly PathSpan[], at: string): PathSpan | null {
  for (const s of spans) if (s.start <= at && (s.end === null || at < s.end)) return s;
  return null;
}

/**
 * A span's path is the shortest one at the span's start; later in the span a hop's relation
 * may have ended while another between the same two actors carries on. Swap in an active one
 * for such hops (keeping the hop when none is active).
 */
export function repairPath(path: PathIds, active: ReadonlySet<string>, relations: readonly Pairable[]): PathIds {
  const edges = path.edges.map((id, i) => {
    if (active.has(id)) return id;
    const a = path.nodes[i];
    const b = path.nodes[i + 1];
    const other = relations.find((r) => active.has(r.id) && ((r.source === a && r.target === b) || (r.source === b && r.target === a)));
    return other?.id ?? id;
  });
  return { nodes: [...path.nodes], edges };
}

/** Puts first the alternative that matches the path already shown, so the highlight does not jump. */
export function preferShown(paths: readonly PathIds[], shown: PathIds | null): number {
  if (!shown) return 0;
  const key = shown.nodes.join('>');
  const i = paths.findIndex((p) => p.nodes.join('>') === key);
  return i < 0 ? 0 : i;
}

export interface Namer {
  name(id: string): string;
  relation(id: string): Pairable | undefined;
  label(type: string): string;
}

/** "Armenia → CIS → Kazakhstan → China, 3 steps, via Armenia member of CIS, ...". */
export function pathSentence(p: PathIds, n: Namer): string {
  const steps = p.edges.length;
  const via = p.edges.map((id) => {
    const r = n.relation(id);
    return r ? `${n.name(r.source)} ${n.label(r.type)} ${n.name(r.target)}` : id;
  });
  return `${p.nodes.map((id) => n.name(id)).join(' → ')}, ${steps} step${steps === 1 ? '' : 's'}, via ${via.join('; ')}`;
}

/** Why there is no path at `at`, and when there was or will be one. */
export function notConnectedSentence(history: PathHistory, at: string, n: Pick<Namer, 'name'>): string {
  const head = `${n.name(history.from)} and ${n.name(history.to)} are not connected on ${formatDate(at)}`;
  if (!history.firstConnected) return `${head}, nor at any date in the data.`;
  if (at < history.firstConnected) return `${head}; first connected ${formatDate(history.firstConnected)}.`;
  const before = history.spans.filter((s) => s.connected && s.end !== null && s.end <= at).at(-1);
  const next = history.spans.find((s) => s.connected && s.start > at);
  const parts = [head];
  if (before?.end) parts.push(`connected until ${formatDate(before.end)}`);
  parts.push(next ? `connected again from ${formatDate(next.start)}` : 'not connected again since');
  return `${parts.join('; ')}.`;
}

/** One line on the whole history: since when, how closely, and the breaks. */
export function historySummary(history: PathHistory, n: Pick<Namer, 'name'>): string {
  const who = `${n.name(history.from)} – ${n.name(history.to)}`;
  if (!history.firstConnected) return `${who}: never connected in the data.`;
  const hops = history.spans.filter((s) => s.hops !== null).map((s) => s.hops as number);
  const lo = Math.min(...hops);
  const hi = Math.max(...hops);
  const range = lo === hi ? `${lo}` : `${lo}–${hi}`;
  const breaks = history.breaks.length ? `; broken ${history.breaks.map((d) => formatDate(d)).join(', ')}` : '; never broken since';
  return `${who}: first connected ${formatDate(history.firstConnected)}, in ${range} steps${breaks}.`;
}
