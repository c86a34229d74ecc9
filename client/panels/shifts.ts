// The shifts panel: a target and two dates (the slider's range by default), the actors ranked
// by how far their alignment with the target moved (bars either side of zero, numbers as
// text), and a click on one lights its evidence relations on the graph. The ranking is asked
// for with an action (state/effects.ts fetches it); the panel draws what the state holds.
import type { Actor, Relation } from '../api/client.ts';
import type { ShiftsAnswer } from '../api/analysis.ts';
import type { Action } from '../state/actions.ts';
import type { ShiftsData } from '../state/app-state.ts';
import { formatDate } from '../dates.ts';
import { h } from '../dom.ts';

export interface ShiftsOptions {
  start: string;
  end: string;
  defaultTarget: string | null;
  name(id: string): string;
  relation(id: string): Relation | undefined;
  describe(r: Relation): string;
  findActor(text: string): Actor | null;
  dispatch(action: Action): void;
}

type Shift = ShiftsAnswer['shifts'][number];

/** "+6", "−2.5", "0": signed, with a real minus sign. */
export function signed(v: number): string {
  const r = Math.round(v * 100) / 100;
  return r > 0 ? `+${r}` : r < 0 ? `−${Math.abs(r)}` : '0';
}

/** A bar's place on a track centred on zero, in percent of the track: [left, width]. */
export function barGeometry(delta: number, maxAbs: number): [number, number] {
  if (!(maxAbs > 0) || delta === 0) return [50, 0];
  const w = (Math.min(Math.abs(delta), maxAbs) / maxAbs) * 50;
  return delta > 0 ? [50, w] : [50 - w, w];
}

export class ShiftsPanel {
  private readonly target: HTMLInputElement;
  private readonly from: HTMLInputElement;
  private readonly to: HTMLInputElement;
  private readonly out: HTMLElement;
  private answer: ShiftsAnswer | null = null;
  private selected: string | null = null;
  private shown: ShiftsData | null = null;

  constructor(
    root: HTMLElement,
    private readonly opts: ShiftsOptions,
  ) {
    this.target = h('input', { id: 'shift-target', type: 'search', list: 'actor-list', placeholder: 'e.g. China', value: opts.defaultTarget ? opts.name(opts.defaultTarget) : '' });
    this.from = h('input', { id: 'shift-from', type: 'date', value: opts.start, min: opts.start, max: opts.end });
    this.to = h('input', { id: 'shift-to', type: 'date', value: opts.end, min: opts.start, max: opts.end });
    this.out = h('div', { id: 'shift-results', 'aria-live': 'polite' });
    const form = h(
      'form',
      { class: 'shift-form', id: 'shift-form', autocomplete: 'off' },
      h('label', { for: 'shift-target' }, 'Toward'),
      this.target,
      h('label', { for: 'shift-from' }, 'From'),
      this.from,
      h('label', { for: 'shift-to' }, 'To'),
      this.to,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Rank shifts')),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run();
    });
    root.replaceChildren(h('h2', {}, 'Who shifted toward…'), form, this.out);
  }

  private asked = false;

  /** The first time the panel opens, rank toward the default target straight away. */
  opened(): void {
    if (this.asked || !this.target.value) return;
    this.run();
  }

  private run(): void {
    const target = this.opts.findActor(this.target.value);
    if (!target) {
      this.out.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, `No actor matches “${this.target.value}”.`));
      return;
    }
    this.asked = true;
    this.opts.dispatch({ type: 'shifts/run', target: target.id, from: this.from.value || this.opts.start, to: this.to.value || this.opts.end });
  }

  /** Draws what the state holds, when it changed. */
  render(data: ShiftsData): void {
    if (data === this.shown) return;
    const before = this.shown;
    this.shown = data;
    if (data.request && data.request !== before?.request) {
      this.asked = true;
      // The form says what was ranked (a link may have asked for it).
      this.target.value = this.opts.name(data.request.target);
      this.from.value = data.request.from;
      this.to.value = data.request.to;
    }
    this.answer = data.answer;
    this.selected = data.selected;
    if (data.loading) {
      const who = data.request ? this.opts.name(data.request.target) : '';
      this.out.replaceChildren(h('p', { class: 'hint' }, `Ranking shifts toward ${who}…`));
      return;
    }
    if (data.error) {
      this.out.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, `Could not rank the shifts: ${data.error}`));
      return;
    }
    if (data.answer && data.answer !== before?.answer) this.target.value = this.opts.name(data.answer.toward);
    this.draw();
  }

  private select(actor: string | null): void {
    this.opts.dispatch({ type: 'shifts/select', actor });
  }

  private draw(): void {
    const a = this.answer;
    if (!a) return;
    const moved = a.shifts.filter((s) => s.delta !== 0);
    const still = a.shifts.length - moved.length;
    const maxAbs = Math.max(0, ...moved.map((s) => Math.abs(s.delta)));
    const target = this.opts.name(a.toward);
    const items = moved.map((s, i) => this.entry(s, i + 1, maxAbs));
    const clear = h('button', { type: 'button', class: 'linklike', id: 'shift-clear' }, 'clear the highlight');
    clear.addEventListener('click', () => this.select(null));
    this.out.replaceChildren(
      h(
        'p',
        { class: 'shift-explain' },
        `Alignment with ${target} on a date is the sum of the weights of the relations then active between the actor and ${target}, `,
        `plus ${a.weights.sharedMembership} for each organization both are members of, plus ${a.weights.indirect}× the weight of its other relations with such organizations; `,
        `an event counts for ${a.window} days. The bar is the change from ${formatDate(a.from)} to ${formatDate(a.to)} (after − before). `,
        h('a', { href: '#shift-weights', id: 'shift-weights-link' }, 'See the weights'),
        '.',
      ),
      moved.length
        ? h('ol', { class: 'shift-list', id: 'shift-list', 'aria-label': `Shifts toward ${target}` }, ...items)
        : h('p', { class: 'hint' }, 'No actor’s alignment changed between these dates.'),
      h('p', { class: 'note' }, `${still} other state${still === 1 ? '' : 's'} did not move. `, this.selected ? clear : null),
      this.weights(a),
    );
    this.out.querySelector('#shift-weights-link')?.addEventListener('click', () => {
      const d = this.out.querySelector<HTMLDetailsElement>('#shift-weights');
      if (d) d.open = true;
    });
  }

  private entry(s: Shift, rank: number, maxAbs: number): HTMLElement {
    const [left, width] = barGeometry(s.delta, maxAbs);
    const name = this.opts.name(s.actor);
    const chosen = s.actor === this.selected;
    const button = h(
      'button',
      { type: 'button', class: 'shift-pick', 'aria-pressed': String(chosen), 'aria-expanded': String(chosen), title: `Light the evidence for ${name} on the graph` },
      h('span', { class: 'shift-rank' }, `${rank}.`),
      h('span', { class: 'shift-name' }, name),
      h('span', { class: 'shift-bar', 'aria-hidden': 'true' }, h('span', { class: `bar ${s.delta > 0 ? 'up' : 'down'}`, style: `left:${left}%;width:${width}%` })),
      h('span', { class: 'shift-num' }, `${signed(s.delta)}`, h('span', { class: 'shift-range' }, ` (${s.before} → ${s.after})`)),
    );
    button.addEventListener('click', () => this.select(chosen ? null : s.actor));
    const evidence = chosen
      ? h(
          'ul',
          { class: 'evidence', 'aria-label': `Evidence for ${name}` },
          ...s.evidence.map((id) => {
            const r = this.opts.relation(id);
            const b = h('button', { type: 'button', class: 'linklike', 'data-relation': id }, r ? this.opts.describe(r) : id);
            b.addEventListener('click', () => this.opts.dispatch({ type: 'view', patch: { rel: id }, mode: 'push' }));
            return h('li', {}, b);
          }),
        )
      : null;
    return h('li', { class: `shift${chosen ? ' chosen' : ''}`, 'data-actor': s.actor, 'data-delta': s.delta }, button, evidence);
  }

  private weights(a: ShiftsAnswer): HTMLElement {
    const rows = Object.entries(a.weights.relation).map(([type, w]) => h('tr', {}, h('td', {}, type), h('td', { class: 'num' }, signed(w))));
    rows.push(h('tr', {}, h('td', {}, 'shared membership'), h('td', { class: 'num' }, signed(a.weights.sharedMembership))));
    rows.push(h('tr', {}, h('td', {}, 'indirect (× weight)'), h('td', { class: 'num' }, String(a.weights.indirect))));
    return h(
      'details',
      { id: 'shift-weights', class: 'weights' },
      h('summary', {}, 'Weights used'),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'relation'), h('th', { scope: 'col' }, 'weight'))), h('tbody', {}, ...rows)),
    );
  }
}
