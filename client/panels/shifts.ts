// The shifts panel: a target, two dates (the slider's range by default) and a measure (the
// explorer's alignment score, or S, weighted kappa or Jaccard, with a line saying what each
// counts), the actors ranked by how far their alignment with the target moved (bars either
// side of zero, numbers as text), each measure's shift taken apart object by object, and a
// click on one lights its evidence relations on the graph. The ranking is asked for with an
// action (state/effects.ts fetches it); the panel draws what the state holds.
import type { Actor, Relation } from '../api/client.ts';
import { isMeasureAnswer, type AlignmentShiftsAnswer, type MeasureShiftsAnswer, type ShiftsAnswer } from '../api/analysis.ts';
import type { Action } from '../state/actions.ts';
import type { ShiftsData } from '../state/app-state.ts';
import { SHIFT_METHODS, type ShiftMethod, type SMetric } from '../state/shifts-query.ts';
import { formatDate } from '../dates.ts';
import { h } from '../dom.ts';
import { measureName, methodInfo, METHODS, METRICS } from './shift-methods.ts';
import { allApart, apartNote, barGeometry, barTrack, partsList, partsScale } from './shift-parts.ts';

export { barGeometry };

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

type Shift = { actor: string; before: number | null; after: number | null; delta: number | null; evidence: string[] };

/** "+6", "−2.5", "0": signed, with a real minus sign. */
export function signed(v: number): string {
  const r = Math.round(v * 100) / 100;
  return r > 0 ? `+${r}` : r < 0 ? `−${Math.abs(r)}` : '0';
}

/** A measure's value to 3 decimals, with a real minus sign ("0.333", "−0.1"); "n/a" when undefined. */
export function measureValue(v: number | null): string {
  if (v === null) return 'n/a';
  const r = Math.round(v * 1000) / 1000;
  return r < 0 ? `−${Math.abs(r)}` : String(r);
}

/** "+0.333", "−0.05", "0": a measure's change, signed. */
export function signedMeasure(v: number): string {
  const r = Math.round(v * 1000) / 1000;
  return r > 0 ? `+${r}` : r < 0 ? `−${Math.abs(r)}` : '0';
}

export class ShiftsPanel {
  private readonly target: HTMLInputElement;
  private readonly from: HTMLInputElement;
  private readonly to: HTMLInputElement;
  private readonly method: HTMLSelectElement;
  private readonly metric: HTMLSelectElement;
  private readonly relative: HTMLInputElement;
  private readonly metricRow: HTMLElement;
  private readonly relativeRow: HTMLElement;
  private readonly explain: HTMLElement;
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
    this.method = h('select', { id: 'shift-method', 'aria-describedby': 'shift-method-explain' }, ...METHODS.map((m) => h('option', { value: m.id }, m.label)));
    this.metric = h('select', { id: 'shift-metric' }, ...METRICS.map((m) => h('option', { value: m.id }, m.label)));
    this.relative = h('input', { id: 'shift-relative', type: 'search', list: 'actor-list', placeholder: 'optional, e.g. United States' });
    this.explain = h('p', { id: 'shift-method-explain', class: 'shift-method-explain' });
    this.out = h('div', { id: 'shift-results', 'aria-live': 'polite' });
    // The distance and the "relative to" actor apply to the field's measures only: their rows hide otherwise.
    this.metricRow = h('div', { class: 'shift-row' }, h('label', { for: 'shift-metric' }, 'Distance'), this.metric);
    this.relativeRow = h('div', { class: 'shift-row' }, h('label', { for: 'shift-relative' }, 'Relative to'), this.relative);
    const form = h(
      'form',
      { class: 'shift-form', id: 'shift-form', autocomplete: 'off' },
      h('label', { for: 'shift-target' }, 'Toward'),
      this.target,
      h('label', { for: 'shift-from' }, 'From'),
      this.from,
      h('label', { for: 'shift-to' }, 'To'),
      this.to,
      h('label', { for: 'shift-method' }, 'Measure'),
      this.method,
      this.explain,
      this.metricRow,
      this.relativeRow,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Rank shifts')),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run();
    });
    // A new measure (or distance) re-ranks what was asked for at once.
    for (const select of [this.method, this.metric]) {
      select.addEventListener('change', () => {
        this.showMethod();
        if (this.asked) this.run();
      });
    }
    this.showMethod();
    root.replaceChildren(h('h2', {}, 'Who shifted toward…'), form, this.out);
  }

  private asked = false;

  private chosenMethod(): ShiftMethod {
    return SHIFT_METHODS.find((m) => m === this.method.value) ?? 'alignment';
  }

  private chosenMetric(): SMetric {
    return this.metric.value === 'sq' ? 'sq' : 'abs';
  }

  /** The explanation line and the rows that apply to the chosen measure. */
  private showMethod(): void {
    const info = methodInfo(this.chosenMethod());
    this.explain.textContent = info.explain;
    this.metricRow.hidden = !info.metric;
    this.relativeRow.hidden = info.id === 'alignment';
  }

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
    const method = this.chosenMethod();
    let relativeTo: string | undefined;
    if (method !== 'alignment' && this.relative.value.trim()) {
      const other = this.opts.findActor(this.relative.value);
      if (!other) {
        this.out.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, `No actor matches “${this.relative.value}” (relative to).`));
        return;
      }
      if (other.id === target.id) {
        this.out.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, 'Relative to must be another actor than the target.'));
        return;
      }
      relativeTo = other.id;
    }
    this.asked = true;
    this.opts.dispatch({
      type: 'shifts/run',
      target: target.id,
      from: this.from.value || this.opts.start,
      to: this.to.value || this.opts.end,
      method,
      sMetric: this.chosenMetric(),
      relativeTo,
    });
  }

  /** Draws what the state holds, when it changed. */
  render(data: ShiftsData): void {
    if (data === this.shown) return;
    const before = this.shown;
    this.shown = data;
    if (data.request && data.request !== before?.request) {
      this.asked = true;
      // The form says what was ranked (a link may have asked for it).
      const r = data.request;
      this.target.value = this.opts.name(r.target);
      this.from.value = r.from;
      this.to.value = r.to;
      this.method.value = r.method ?? 'alignment';
      this.metric.value = r.sMetric ?? 'abs';
      this.relative.value = r.relativeTo ? this.opts.name(r.relativeTo) : '';
      this.showMethod();
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
    const measured = a.shifts.filter((s) => s.delta !== null);
    const moved = measured.filter((s) => s.delta !== 0);
    const still = measured.length - moved.length;
    const unmeasured = a.shifts.length - measured.length;
    const maxAbs = Math.max(0, ...moved.map((s) => Math.abs(s.delta ?? 0)));
    const target = this.opts.name(a.toward);
    // One scale for the shifts and their parts, so a row's parts visibly add up to its bar.
    const scale = isMeasureAnswer(a) ? Math.max(maxAbs, partsScale(a)) : maxAbs;
    const items = moved.map((s, i) => this.entry(s, i + 1, scale, a));
    const clear = h('button', { type: 'button', class: 'linklike', id: 'shift-clear' }, 'clear the highlight');
    clear.addEventListener('click', () => this.select(null));
    this.out.replaceChildren(
      isMeasureAnswer(a) ? this.measureExplain(a) : this.alignmentExplain(a),
      moved.length
        ? h('ol', { class: `shift-list${isMeasureAnswer(a) ? ' measures' : ''}`, id: 'shift-list', 'aria-label': `Shifts toward ${target}` }, ...items)
        : h('p', { class: 'hint' }, `No actor’s ${isMeasureAnswer(a) ? 'measure' : 'alignment'} changed between these dates.`),
      h(
        'p',
        { class: 'note' },
        `${still} other state${still === 1 ? '' : 's'} did not move. `,
        unmeasured > 0 ? `${unmeasured} could not be measured (the measure is undefined for their portfolios). ` : '',
        this.selected ? clear : null,
      ),
      (isMeasureAnswer(a) ? this.apartSummary(a) : this.weights(a)) ?? '',
    );
    this.out.querySelector('#shift-weights-link')?.addEventListener('click', () => {
      const d = this.out.querySelector<HTMLDetailsElement>('#shift-weights');
      if (d) d.open = true;
    });
  }

  private alignmentExplain(a: AlignmentShiftsAnswer): HTMLElement {
    const target = this.opts.name(a.toward);
    return h(
      'p',
      { class: 'shift-explain' },
      `Alignment with ${target} on a date is the sum of the weights of the relations then active between the actor and ${target}, `,
      `plus ${a.weights.sharedMembership} for each organization both are members of, plus ${a.weights.indirect}× the weight of its other relations with such organizations; `,
      `an event counts for ${a.window} days. The bar is the change from ${formatDate(a.from)} to ${formatDate(a.to)} (after − before). `,
      h('a', { href: '#shift-weights', id: 'shift-weights-link' }, 'See the weights'),
      '.',
    );
  }

  private measureExplain(a: MeasureShiftsAnswer): HTMLElement {
    const target = this.opts.name(a.toward);
    const versus = a.relativeTo ? `, minus the same toward ${this.opts.name(a.relativeTo)}` : '';
    return h(
      'p',
      { class: 'shift-explain', id: 'shift-measure-explain' },
      `${measureName(a.method, a.sMetric)} of each state with ${target}${versus}, over their ties to the organizations and alliances that exist on both dates. `,
      `The bar is the change from ${formatDate(a.from)} to ${formatDate(a.to)} (after − before); the bars under it take it apart, object by object.`,
    );
  }

  private entry(s: Shift, rank: number, maxAbs: number, a: ShiftsAnswer): HTMLElement {
    const delta = s.delta ?? 0;
    const name = this.opts.name(s.actor);
    const chosen = s.actor === this.selected;
    const measure = isMeasureAnswer(a) ? a.shifts.find((m) => m.actor === s.actor) : undefined;
    const number = measure ? signedMeasure(delta) : signed(delta);
    const range = measure ? ` (${measureValue(s.before)} → ${measureValue(s.after)})` : ` (${s.before} → ${s.after})`;
    const button = h(
      'button',
      { type: 'button', class: 'shift-pick', 'aria-pressed': String(chosen), 'aria-expanded': String(chosen), title: `Light the evidence for ${name} on the graph` },
      h('span', { class: 'shift-rank' }, `${rank}.`),
      h('span', { class: 'shift-name' }, name),
      barTrack(delta, maxAbs),
      h('span', { class: 'shift-num' }, number, h('span', { class: 'shift-range' }, range)),
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
    const parts = measure && isMeasureAnswer(a) ? [partsList(measure, name, maxAbs), apartNote(measure, a, this.opts.name)] : [];
    return h('li', { class: `shift${chosen ? ' chosen' : ''}`, 'data-actor': s.actor, 'data-delta': delta }, button, ...parts, evidence);
  }

  /** The objects that exist at one date only, which the measure left out, once each. */
  private apartSummary(a: MeasureShiftsAnswer): HTMLElement | null {
    const apart = allApart(a);
    if (apart.length === 0) return null;
    const at = (o: (typeof apart)[number]) => formatDate(o.existsAt === 'from' ? a.from : a.to);
    return h(
      'details',
      { id: 'shift-apart', class: 'weights' },
      h('summary', {}, `${apart.length} organization${apart.length === 1 ? '' : 's'} or alliance${apart.length === 1 ? '' : 's'} exist on one date only (not compared)`),
      h('ul', { class: 'apart-all' }, ...apart.map((o) => h('li', { 'data-object': o.object }, `${this.opts.name(o.object)}: only on ${at(o)}`))),
    );
  }

  private weights(a: AlignmentShiftsAnswer): HTMLElement {
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
