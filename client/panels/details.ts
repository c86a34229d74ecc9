// The details panel: an actor's relations as one lifecycle row per counterpart (member →
// froze → left reads as one story), or one relation; each with its note and the full
// citation of its sources. Built from the temporal payload already in memory.
import { visibleUntil, isActiveAt, DEFAULT_EVENT_WINDOW_DAYS } from '../../shared/time/temporal.ts';
import type { Actor, Relation, Source, TemporalPayload } from '../api/client.ts';
import { isWebUrl } from '../../shared/model/web-url.ts';
import { formatDate, toDayNumber } from '../dates.ts';
import { h } from '../dom.ts';
import { storiesOf, type Snapshot } from '../snapshot.ts';
import { KIND_LOOK, lookOf } from '../graph/style.ts';

export interface DetailsContext {
  payload: TemporalPayload;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  /** The span the lifecycle bars cover (the slider's). */
  start: string;
  end: string;
  snapshot: Snapshot;
  onActor(id: string): void;
  onRelation(id: string): void;
  onClose(): void;
}

export function actorName(ctx: Pick<DetailsContext, 'actors'>, id: string): string {
  const a = ctx.actors.get(id);
  if (!a) return id;
  return a.kind === 'organization' && a.shortName && a.shortName !== a.name ? `${a.name} (${a.shortName})` : a.name;
}

export function shortName(ctx: Pick<DetailsContext, 'actors'>, id: string): string {
  const a = ctx.actors.get(id);
  if (!a) return id;
  return a.kind === 'organization' ? (a.shortName ?? a.id) : a.name;
}

/** "Armenia froze participation in CSTO". */
export function sentence(ctx: Pick<DetailsContext, 'actors'>, r: Relation): string {
  return `${shortName(ctx, r.source)} ${lookOf(r.type).label} ${shortName(ctx, r.target)}`;
}

/** "since Feb 2024", "7 Oct 2002 – 22 Feb 2024", "22 Sep 2022 (event)". */
export function period(r: Relation): string {
  const from = formatDate(r.start, r.precision);
  if (r.event) return `${from} (event)`;
  return r.end ? `${from} – ${formatDate(r.end)}` : `since ${from}, ongoing`;
}

/** A source's address as a link target: only http(s), since a javascript: or data: one would run on click. */
export function sourceHref(url: string | null | undefined): string | null {
  return url && isWebUrl(url) ? url : null;
}

/** Author, “Title”, Publisher, date. */
function citation(s: Source | undefined, id: string): HTMLElement {
  if (!s) return h('li', { class: 'citation' }, `Source ${id} (not in the bibliography)`);
  const parts: (string | Node)[] = [];
  if (s.author) parts.push(`${s.author}, `);
  parts.push(h('cite', {}, s.title));
  if (s.publisher) parts.push(`, ${s.publisher}`);
  if (s.published) parts.push(`, ${s.published}`);
  parts.push('.');
  const href = sourceHref(s.url);
  if (href) parts.push(' ', h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'Link'));
  return h('li', { class: 'citation', 'data-source': s.id }, ...parts);
}

function relationEntry(ctx: DetailsContext, r: Relation, at: string): HTMLElement {
  const look = lookOf(r.type);
  const active = isActiveAt(r, at, DEFAULT_EVENT_WINDOW_DAYS);
  const title = h(
    'button',
    { type: 'button', class: 'linklike rel-title', 'data-relation': r.id, title: 'Select this relation' },
    h('span', { class: `swatch line-${look.line}`, style: `--c:${look.color}`, 'aria-hidden': 'true' }),
    sentence(ctx, r),
  );
  title.addEventListener('click', () => ctx.onRelation(r.id));
  return h(
    'li',
    { class: `rel-entry${active ? ' is-active' : ''}`, 'data-relation': r.id },
    title,
    h(
      'div',
      { class: 'rel-period' },
      period(r),
      r.precision !== 'day' ? h('span', { class: 'badge', title: `Only the ${r.precision} of the start is known` }, `${r.precision} precision`) : null,
      active ? h('span', { class: 'badge active' }, `active on ${formatDate(at)}`) : null,
    ),
    r.note ? h('p', { class: 'rel-note' }, r.note) : null,
    h('ul', { class: 'citations', 'aria-label': 'Sources' }, ...r.sources.map((id) => citation(ctx.sources.get(id), id))),
  );
}

/** One counterpart's relations drawn on one time bar: uncertain starts faded, ongoing open-ended, events as marks. */
function lifecycleBar(ctx: DetailsContext, rels: readonly Relation[], at: string): HTMLElement {
  const lo = toDayNumber(ctx.start);
  const hi = toDayNumber(ctx.end);
  const span = Math.max(1, hi - lo);
  const pct = (d: string): number => Math.min(100, Math.max(0, ((toDayNumber(d) - lo) / span) * 100));
  const lanes = rels.map((r) => {
    const look = lookOf(r.type);
    const left = pct(r.start);
    const until = r.event ? null : (visibleUntil(r) ?? ctx.end);
    const cls = ['seg', r.event ? 'event' : '', !r.event && r.end === null ? 'ongoing' : '', r.precision !== 'day' ? `uncertain ${r.precision}` : '']
      .filter(Boolean)
      .join(' ');
    const label = `${look.label}: ${period(r)}${r.precision !== 'day' ? ` (start known to the ${r.precision})` : ''}`;
    if (until === null) {
      return h('span', { class: cls, style: `left:${left}%;--c:${look.color}`, title: label, role: 'img', 'aria-label': label });
    }
    const width = Math.max(0.6, pct(until) - left);
    // The uncertain part: a month or a year after the recorded start, as a share of the segment.
    const fuzzDays = r.precision === 'year' ? 365 : r.precision === 'month' ? 30 : 0;
    const fuzz = Math.min(100, (fuzzDays / Math.max(1, toDayNumber(until) - toDayNumber(r.start))) * 100);
    return h('span', {
      class: cls,
      style: `left:${left}%;width:${width}%;--c:${look.color};--fuzz:${Math.max(fuzz, fuzzDays ? 12 : 0)}%`,
      title: label,
      role: 'img',
      'aria-label': label,
    });
  });
  return h(
    'div',
    { class: 'lifecycle' },
    ...lanes.map((l) => h('div', { class: 'lane' }, l)),
    h('span', { class: 'cursor', style: `left:${pct(at)}%`, 'aria-hidden': 'true' }),
  );
}

function header(ctx: DetailsContext, title: string, sub: (string | Node | null)[], closeLabel: string): HTMLElement {
  const close = h('button', { type: 'button', class: 'close', 'aria-label': closeLabel, title: closeLabel }, '×');
  close.addEventListener('click', () => ctx.onClose());
  return h('div', { class: 'details-head' }, h('div', {}, h('h3', { id: 'details-name' }, title), h('p', { class: 'sub' }, ...sub)), close);
}

function axis(ctx: DetailsContext): HTMLElement {
  return h('div', { class: 'axis', 'aria-hidden': 'true' }, h('span', {}, ctx.start.slice(0, 4)), h('span', {}, ctx.end.slice(0, 4)));
}

export function renderActor(container: HTMLElement, ctx: DetailsContext, id: string): void {
  const actor = ctx.actors.get(id);
  if (!actor) {
    container.replaceChildren(h('p', { class: 'hint' }, `No actor with id ${id} in the data.`));
    return;
  }
  const at = ctx.snapshot.at;
  const kind = KIND_LOOK[actor.kind].label;
  const sub: (string | Node | null)[] = [`${kind} · ${actor.id}`];
  if (actor.kind === 'organization') {
    if (actor.founded) sub.push(` · founded ${formatDate(actor.founded)}`);
    if (actor.dissolved) sub.push(` · dissolved ${formatDate(actor.dissolved)}`);
    sub.push(` · ${ctx.snapshot.memberCount.get(actor.id) ?? 0} members on ${formatDate(at)}`);
  }
  const stories = storiesOf(id, ctx.payload.relations);
  const rows = stories.map((s) => {
    const other = h('button', { type: 'button', class: 'linklike counterpart', 'data-actor': s.counterpart }, actorName(ctx, s.counterpart));
    other.addEventListener('click', () => ctx.onActor(s.counterpart));
    return h(
      'li',
      { class: 'story', 'data-counterpart': s.counterpart },
      h('h4', {}, other),
      lifecycleBar(ctx, s.relations, at),
      h('ul', { class: 'rel-list' }, ...s.relations.map((r) => relationEntry(ctx, r, at))),
    );
  });
  container.replaceChildren(
    header(ctx, actor.name, sub, 'Close the details'),
    stories.length
      ? h('div', {}, axis(ctx), h('ol', { class: 'stories', 'aria-label': `Relations of ${actor.name}, by counterpart` }, ...rows))
      : h('p', { class: 'hint' }, 'No relations recorded for this actor yet.'),
  );
}

export function renderRelation(container: HTMLElement, ctx: DetailsContext, id: string): void {
  const r = ctx.payload.relations.find((x) => x.id === id);
  if (!r) {
    container.replaceChildren(h('p', { class: 'hint' }, `No relation with id ${id} in the data.`));
    return;
  }
  const at = ctx.snapshot.at;
  // The whole story between the two ends, so this relation reads in context.
  const pair = ctx.payload.relations
    .filter((x) => (x.source === r.source && x.target === r.target) || (x.source === r.target && x.target === r.source))
    .sort((a, b) => a.start.localeCompare(b.start));
  const ends = [r.source, r.target].map((a) => {
    const b = h('button', { type: 'button', class: 'linklike counterpart', 'data-actor': a }, actorName(ctx, a));
    b.addEventListener('click', () => ctx.onActor(a));
    return b;
  });
  container.replaceChildren(
    header(ctx, sentence(ctx, r), [lookOf(r.type).label, ' · ', period(r)], 'Close the details'),
    h('p', { class: 'ends' }, 'Between ', ends[0] ?? '', ' and ', ends[1] ?? ''),
    h('ul', { class: 'rel-list single' }, relationEntry(ctx, r, at)),
    h('h4', {}, 'Everything between them'),
    axis(ctx),
    lifecycleBar(ctx, pair, at),
    h('ul', { class: 'rel-list compact' }, ...pair.filter((x) => x.id !== r.id).map((x) => relationEntry(ctx, x, at))),
  );
}
