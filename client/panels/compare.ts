// Compare mode: the graph at the slider's date with the relations that are new since the
// other date marked and those gone drawn as ghosts, and the list of changes beside it.
// The diff is computed locally (state/overlays.ts compareDiff) with the server's own code.
import type { Diff } from '../../shared/time/temporal.ts';
import type { Relation } from '../api/client.ts';
import { clampDate, formatDate } from '../dates.ts';
import { h } from '../dom.ts';
import type { Action } from '../state/actions.ts';
import type { ViewState } from '../state/view-state.ts';

export interface CompareOptions {
  relations: readonly Relation[];
  start: string;
  end: string;
  name(id: string): string;
  label(type: string): string;
  describe(r: Relation): string;
  dispatch(action: Action): void;
}

export class ComparePanel {
  private readonly date: HTMLInputElement;
  private readonly out: HTMLElement;
  private key = '';

  constructor(
    root: HTMLElement,
    private readonly opts: CompareOptions,
  ) {
    this.date = h('input', { id: 'compare-date', type: 'date', min: opts.start, max: opts.end });
    const stop = h('button', { type: 'button', id: 'compare-stop' }, 'Stop comparing');
    stop.addEventListener('click', () => opts.dispatch({ type: 'view', patch: { compare: null }, mode: 'push' }));
    const form = h(
      'form',
      { class: 'compare-form', id: 'compare-form' },
      h('label', { for: 'compare-date' }, 'Compare the slider’s date with'),
      h('div', { class: 'form-actions' }, this.date, h('button', { type: 'submit', class: 'primary' }, 'Compare'), stop),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (this.date.value) opts.dispatch({ type: 'view', patch: { compare: clampDate(this.date.value, opts.start, opts.end) }, mode: 'push' });
    });
    this.out = h('div', { id: 'compare-results' });
    root.replaceChildren(
      h('h2', {}, 'Compare two dates'),
      form,
      h('p', { class: 'hint' }, 'The network shows the slider’s date: relations not active on the other date are marked green, those active then and gone now are drawn as grey dashed ghosts.'),
      this.out,
    );
  }

  update(state: ViewState, at: string, d: Diff<Relation> | null): void {
    document.body.classList.toggle('comparing', Boolean(state.compare));
    if (document.activeElement !== this.date) this.date.value = state.compare ?? this.suggest(at);
    const key = `${state.compare}|${at}|${state.types?.join(',') ?? '*'}`;
    if (key === this.key) return;
    this.key = key;
    if (!state.compare || !d) {
      this.out.replaceChildren();
      return;
    }
    const other = formatDate(state.compare);
    const now = formatDate(at);
    const list = (title: string, cls: string, rels: readonly Relation[]) =>
      h(
        'section',
        { class: `change-group ${cls}` },
        h('h3', {}, `${title} (${rels.length})`),
        rels.length
          ? h(
              'ul',
              { class: 'change-list' },
              ...rels.map((r) => {
                const b = h('button', { type: 'button', class: 'linklike', 'data-relation': r.id }, this.opts.describe(r));
                b.addEventListener('click', () => this.opts.dispatch({ type: 'view', patch: { rel: r.id }, mode: 'push' }));
                return h('li', {}, b);
              }),
            )
          : h('p', { class: 'hint' }, 'None.'),
      );
    this.out.replaceChildren(
      h('p', { class: 'compare-summary', role: 'status' }, `${other} → ${now}: ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} pair${d.changed.length === 1 ? '' : 's'} changed.`),
      list(`Active on ${now}, not on ${other}`, 'added', d.added),
      list(`Active on ${other}, gone by ${now}`, 'removed', d.removed),
      h(
        'section',
        { class: 'change-group changed' },
        h('h3', {}, `Pairs whose relation changed (${d.changed.length})`),
        d.changed.length
          ? h(
              'ul',
              { class: 'change-list' },
              ...d.changed.map((c) =>
                h('li', {}, `${this.opts.name(c.pair[0])} – ${this.opts.name(c.pair[1])}: ${c.before.map(this.opts.label).join(', ')} → ${c.after.map(this.opts.label).join(', ')}`),
              ),
            )
          : h('p', { class: 'hint' }, 'None.'),
      ),
    );
  }

  /** Three years before the slider's date, as a starting suggestion. */
  private suggest(at: string): string {
    const y = Number(at.slice(0, 4)) - 3;
    return clampDate(`${String(y).padStart(4, '0')}${at.slice(4)}`, this.opts.start, this.opts.end);
  }
}
