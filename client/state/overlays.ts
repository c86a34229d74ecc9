// What the analysis panels lay over the graph, as pure functions of the state and the
// snapshot (like the class reducers in graph/style.ts): the traced path, the lit shift
// evidence or console results, the compare diff, and centrality sizes.
import { centralityAt } from '../../shared/graph/centrality.ts';
import { diff, DEFAULT_EVENT_WINDOW_DAYS, type Diff } from '../../shared/time/temporal.ts';
import type { PathIds } from '../api/analysis.ts';
import type { Relation } from '../api/client.ts';
import { centralitySize, type Lit, type Overlay } from '../graph/style.ts';
import { repairPath, spanAt } from '../panels/path-model.ts';
import type { Snapshot } from '../snapshot.ts';
import type { AppState, PathData } from './app-state.ts';
import type { SizeMeasure, ViewState } from './view-state.ts';

/** Whether the path at the snapshot's date is still being asked for (at rest, before its answer). */
export function pathPending(path: PathData, snapshot: Snapshot): boolean {
  return !path.moving && !path.error && !(path.answer && path.answerAt === snapshot.at);
}

/**
 * The path lit at the snapshot's date: the date's own answer; while the date moves, the
 * history's span stands in (the answer is asked for once the slider rests).
 */
export function pathAt(path: PathData, snapshot: Snapshot, relations: readonly Relation[]): PathIds | null {
  if (path.answer && path.answerAt === snapshot.at) return path.answer.paths[path.chosen] ?? null;
  if (!path.history || !path.moving) return null;
  const span = spanAt(path.history.spans, snapshot.at);
  return span?.path ? repairPath(span.path, snapshot.relationIds, relations) : null;
}

export function pathOverlay(state: AppState, snapshot: Snapshot, relations: readonly Relation[]): Overlay['path'] {
  const ends = state.view.path;
  if (!ends) return null;
  const p = pathAt(state.path, snapshot, relations);
  return { nodes: new Set([...(p?.nodes ?? []), ...ends]), edges: new Set(p?.edges ?? []), ends };
}

/** The selected shift's evidence: its relations, their ends, the actor and the target. */
export function shiftsLit(state: AppState, relation: (id: string) => Relation | undefined): Lit | null {
  const a = state.shifts.answer;
  const shift = a?.shifts.find((s) => s.actor === state.shifts.selected);
  if (!a || !shift) return null;
  const nodes = new Set([shift.actor, a.toward]);
  for (const id of shift.evidence) {
    const r = relation(id);
    if (r) nodes.add(r.source).add(r.target);
  }
  return { nodes, edges: new Set(shift.evidence) };
}

/** Shift evidence or console results, whichever was asked for last. */
export function highlightOverlay(state: AppState, relation: (id: string) => Relation | undefined): Lit | null {
  if (state.highlight === 'shifts') return shiftsLit(state, relation);
  if (state.highlight === 'console' && state.consoleLit) return { nodes: new Set(state.consoleLit.nodes), edges: new Set(state.consoleLit.edges) };
  return null;
}

/** The diff from the comparison date to the slider's, over the relation types shown. */
export function compareDiff(relations: readonly Relation[], view: Pick<ViewState, 'compare' | 'types'>, at: string): Diff<Relation> | null {
  if (!view.compare) return null;
  const types = view.types ? new Set(view.types) : null;
  const rels = types ? relations.filter((r) => types.has(r.type)) : relations;
  return diff(rels, view.compare, at, DEFAULT_EVENT_WINDOW_DAYS);
}

export function compareOverlay(d: Diff<Relation> | null): Overlay['compare'] {
  if (!d) return null;
  const removedEnds = new Set<string>();
  for (const r of d.removed) removedEnds.add(r.source).add(r.target);
  return { added: new Set(d.added.map((r) => r.id)), removed: new Set(d.removed.map((r) => r.id)), removedEnds };
}

/** Node diameters by a measure at the snapshot's date; drawn actors without relations get the smallest. */
export function sizesAt(snapshot: Snapshot, measure: SizeMeasure): Map<string, number> {
  const rows = centralityAt(snapshot.relations, snapshot.at, DEFAULT_EVENT_WINDOW_DAYS);
  const max = Math.max(0, ...rows.map((r) => r[measure]));
  const sizes = new Map<string, number>();
  for (const id of snapshot.actorIds) sizes.set(id, centralitySize(0, max));
  for (const r of rows) sizes.set(r.actor, centralitySize(r[measure], max));
  return sizes;
}
