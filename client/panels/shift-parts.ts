// A measure's shift taken apart, object by object: one horizontal bar per organization or
// alliance whose share changed (gains one colour, losses another), each labelled with the
// server's own words ("joined SCO: +0.040") so the sign and size are there as text too;
// then the objects that exist at only one of the two dates, which no measure can compare.
import type { MeasureShiftsAnswer } from '../api/analysis.ts';
import { formatDate } from '../dates.ts';
import { h } from '../dom.ts';

type MeasureShift = MeasureShiftsAnswer['shifts'][number];

/** A bar's place on a track centred on zero, in percent of the track: [left, width]. */
export function barGeometry(delta: number, maxAbs: number): [number, number] {
  if (!(maxAbs > 0) || delta === 0) return [50, 0];
  const w = (Math.min(Math.abs(delta), maxAbs) / maxAbs) * 50;
  return delta > 0 ? [50, w] : [50 - w, w];
}

/** The track with its bar; hidden from screen readers, which read the label beside it. */
export function barTrack(value: number, maxAbs: number): HTMLElement {
  const [left, width] = barGeometry(value, maxAbs);
  return h('span', { class: 'shift-bar', 'aria-hidden': 'true' }, h('span', { class: `bar ${value > 0 ? 'up' : 'down'}`, style: `left:${left}%;width:${width}%` }));
}

/** The largest object share change in the answer: the parts' bars share one scale. */
export function partsScale(a: MeasureShiftsAnswer): number {
  let max = 0;
  for (const s of a.shifts) for (const p of s.decomposition) max = Math.max(max, Math.abs(p.change));
  return max;
}

/** "joined SCO: +0.040" → ["joined SCO:", " +0.040"]: the words and the number, which join back to the text. */
export function labelParts(text: string): [string, string] {
  const k = text.lastIndexOf(': ');
  return k < 0 ? [text, ''] : [text.slice(0, k + 1), text.slice(k + 1)];
}

/** The decomposition of one actor's shift as a list of labelled bars. */
export function partsList(s: MeasureShift, name: string, maxAbs: number): HTMLElement | null {
  if (s.decomposition.length === 0) return null;
  const more = s.decompositionCount - s.decomposition.length;
  return h(
    'ul',
    { class: 'shift-parts', 'aria-label': `${name}’s shift, object by object` },
    ...s.decomposition.map((p) =>
      h(
        'li',
        { class: `shift-part ${p.change > 0 ? 'up' : 'down'}`, 'data-object': p.object, 'data-change': p.change },
        // The server's words whole (one text for screen readers), its number in the numbers' column.
        h('span', { class: 'part-label' }, h('span', { class: 'part-words' }, labelParts(p.text)[0]), h('span', { class: 'part-num' }, labelParts(p.text)[1])),
        barTrack(p.change, maxAbs),
      ),
    ),
    more > 0 ? h('li', { class: 'shift-part-more hint' }, `…and ${more} smaller change${more === 1 ? '' : 's'}.`) : null,
  );
}

/** The objects an actor has a tie to that exist at only one of the two dates. */
export function apartNote(s: MeasureShift, answer: MeasureShiftsAnswer, name: (id: string) => string): HTMLElement | null {
  if (s.apartCount === 0) return null;
  const target = name(answer.toward);
  const items = s.apart.map((o) => {
    const when = formatDate(o.existsAt === 'from' ? answer.from : answer.to);
    return `${name(o.object)} (only on ${when}; tie ${o.actorTie}, ${target}’s ${o.towardTie})`;
  });
  const more = s.apartCount - s.apart.length;
  return h(
    'p',
    { class: 'shift-apart note' },
    'Not compared, existing on one date only: ',
    h('span', { class: 'apart-list' }, items.join('; ')),
    more > 0 ? ` and ${more} more` : '',
    '.',
  );
}

/** Every object some actor is tied to that exists at only one of the two dates, once each. */
export function allApart(a: MeasureShiftsAnswer): { object: string; existsAt: 'from' | 'to' }[] {
  const seen = new Map<string, 'from' | 'to'>();
  for (const s of a.shifts) for (const o of s.apart) if (!seen.has(o.object)) seen.set(o.object, o.existsAt);
  return [...seen].map(([object, existsAt]) => ({ object, existsAt })).sort((p, q) => p.object.localeCompare(q.object));
}
