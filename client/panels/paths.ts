// The path panel: two actors (typed, or right-clicked in the network), the path between them
// lit at the slider's date, alternatives at the date once the slider rests, and a strip
// under the slider with the pair's whole history. It renders from the state (the answers are
// fetched by state/effects.ts) and turns clicks into actions.
import type { Actor } from '../api/client.ts';
import { formatDate, toDayNumber } from '../dates.ts';
import { h } from '../dom.ts';
import { historySummary, notConnectedSentence, pathSentence, type Namer } from './path-model.ts';
import type { Snapshot } from '../snapshot.ts';
import type { Action } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { pathAt, pathPending } from '../state/overlays.ts';
import type { Relation } from '../api/client.ts';

export interface PathsOptions {
  relations: readonly Relation[];
  start: string;
  end: string;
  namer: Namer;
  findActor(text: string): Actor | null;
  dispatch(action: Action): void;
}

export class PathsPanel {
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;
  private readonly message: HTMLElement;
  private readonly answerBox: HTMLElement;
  private readonly alternatives: HTMLElement;
  private readonly summary: HTMLElement;
  private state: AppState | null = null;
  /** The ends last written into the inputs, so typing is not overwritten by an unrelated render. */
  private shownEnds = '';

  constructor(
    root: HTMLElement,
    private readonly strip: HTMLElement,
    private readonly opts: PathsOptions,
  ) {
    this.fromInput = h('input', { id: 'path-from', type: 'search', list: 'actor-list', placeholder: 'e.g. Armenia', autocomplete: 'off' });
    this.toInput = h('input', { id: 'path-to', type: 'search', list: 'actor-list', placeholder: 'e.g. China', autocomplete: 'off' });
    const swap = h('button', { type: 'button', id: 'path-swap', title: 'Swap the two ends', 'aria-label': 'Swap the two ends' }, '⇄');
    const clear = h('button', { type: 'button', id: 'path-clear' }, 'Clear');
    this.message = h('p', { class: 'form-message', role: 'status', 'aria-live': 'polite' });
    const form = h(
      'form',
      { class: 'path-form', id: 'path-form', autocomplete: 'off' },
      h('label', { for: 'path-from' }, 'From'),
      this.fromInput,
      swap,
      h('label', { for: 'path-to' }, 'To'),
      this.toInput,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Trace path'), clear),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const a = opts.findActor(this.fromInput.value);
      const b = opts.findActor(this.toInput.value);
      if (!a || !b) {
        opts.dispatch({ type: 'path/message', text: `No actor matches “${!a ? this.fromInput.value : this.toInput.value}”.` });
        return;
      }
      if (a.id === b.id) {
        opts.dispatch({ type: 'path/message', text: 'Pick two different actors.' });
        return;
      }
      opts.dispatch({ type: 'path/message', text: '' });
      opts.dispatch({ type: 'view', patch: { path: [a.id, b.id] }, mode: 'push' });
    });
    swap.addEventListener('click', () => {
      const p = this.state?.view.path;
      if (p) opts.dispatch({ type: 'view', patch: { path: [p[1], p[0]] }, mode: 'push' });
      else [this.fromInput.value, this.toInput.value] = [this.toInput.value, this.fromInput.value];
    });
    clear.addEventListener('click', () => opts.dispatch({ type: 'path/clear' }));
    this.answerBox = h('p', { class: 'path-answer', id: 'path-answer', role: 'status', 'aria-live': 'polite' });
    this.alternatives = h('ol', { class: 'path-alternatives', id: 'path-alternatives', 'aria-label': 'Paths at this date' });
    this.summary = h('p', { class: 'path-summary', id: 'path-summary' });
    root.replaceChildren(
      h('h2', {}, 'Paths in time'),
      form,
      h('p', { class: 'hint' }, 'Or right-click two actors in the network. The path follows the slider; the strip under it shows when the two were linked.'),
      this.message,
      this.answerBox,
      this.alternatives,
      this.summary,
    );
  }

  /** Called on every render: the inputs, the text and the strip from the state. */
  render(state: AppState, snapshot: Snapshot): void {
    this.state = state;
    const n = this.opts.namer;
    const { pending } = state.path;
    const ends = state.view.path;
    this.message.textContent = pending ? `Path from ${n.name(pending)}: right-click another actor.` : state.path.message;
    const endsKey = `${ends?.join(',') ?? ''}|${pending ?? ''}`;
    if (endsKey !== this.shownEnds) {
      this.shownEnds = endsKey;
      if (pending) [this.fromInput.value, this.toInput.value] = [n.name(pending), ''];
      else if (!ends) [this.fromInput.value, this.toInput.value] = ['', ''];
    }
    if (!ends) {
      this.strip.hidden = true;
      this.strip.replaceChildren();
      document.body.classList.remove('has-path');
      this.answerBox.textContent = '';
      this.alternatives.replaceChildren();
      this.summary.textContent = '';
      return;
    }
    if (document.activeElement !== this.fromInput) this.fromInput.value = n.name(ends[0]);
    if (document.activeElement !== this.toInput) this.toInput.value = n.name(ends[1]);
    this.drawText(state, snapshot);
    this.drawStrip(state, snapshot.at);
  }

  private drawText(state: AppState, snapshot: Snapshot): void {
    const n = this.opts.namer;
    const { history, error, answer, answerAt, chosen } = state.path;
    if (error) {
      this.answerBox.className = 'path-answer error';
      this.answerBox.textContent = `Could not trace the path: ${error}`;
      return;
    }
    this.answerBox.className = 'path-answer';
    if (!history || pathPending(state.path, snapshot)) {
      this.answerBox.textContent = 'Tracing…';
      this.alternatives.replaceChildren();
      return;
    }
    const p = pathAt(state.path, snapshot, this.opts.relations);
    this.answerBox.classList.toggle('connected', Boolean(p));
    this.answerBox.textContent = p ? `${formatDate(snapshot.at)}: ${pathSentence(p, n)}.` : notConnectedSentence(history, snapshot.at, n);
    this.summary.textContent = historySummary(history, n);
    const fresh = answer && answerAt === snapshot.at ? answer : null;
    if (!fresh || fresh.paths.length < 2) {
      this.alternatives.replaceChildren();
      return;
    }
    this.alternatives.replaceChildren(
      h('li', { class: 'alt-head' }, `${fresh.paths.length} shortest paths on this date (pick one to light it):`),
      ...fresh.paths.map((alt, i) => {
        const b = h('button', { type: 'button', class: 'linklike', 'aria-pressed': i === chosen ? 'true' : 'false' }, alt.nodes.map((id) => n.name(id)).join(' → '));
        b.addEventListener('click', () => this.opts.dispatch({ type: 'path/choose', index: i }));
        return h('li', { class: i === chosen ? 'chosen' : null, 'data-index': i }, b, ` (${alt.edges.length} steps)`);
      }),
    );
  }

  private drawStrip(state: AppState, at: string): void {
    const hist = state.path.history;
    document.body.classList.add('has-path');
    this.strip.hidden = false;
    if (!hist) {
      this.strip.replaceChildren(h('span', { class: 'strip-note' }, 'Tracing the path through time…'));
      return;
    }
    const lo = toDayNumber(this.opts.start);
    const hi = toDayNumber(this.opts.end);
    const span = Math.max(1, hi - lo);
    const pct = (d: string): number => Math.min(100, Math.max(0, ((toDayNumber(d) - lo) / span) * 100));
    const n = this.opts.namer;
    const segs = hist.spans.map((s) => {
      const left = pct(s.start);
      const width = Math.max(0.3, pct(s.end ?? this.opts.end) - left);
      const until = s.end ? `until ${formatDate(s.end)}` : 'to date';
      const what = s.connected ? `${s.hops} step${s.hops === 1 ? '' : 's'}` : 'not connected';
      const current = s.start <= at && (s.end === null || at < s.end);
      const seg = h(
        'button',
        {
          type: 'button',
          class: `span ${s.connected ? `connected hops-${Math.min(5, s.hops ?? 5)}` : 'apart'}${current ? ' current' : ''}`,
          style: `left:${left}%;width:${width}%`,
          title: `From ${formatDate(s.start)} ${until}: ${what}`,
          'aria-label': `From ${formatDate(s.start)} ${until}: ${what}`,
          'data-start': s.start,
          'data-connected': String(s.connected),
        },
        width > 2.5 ? (s.connected ? String(s.hops) : '–') : '',
      );
      seg.addEventListener('click', () => this.opts.dispatch({ type: 'view', patch: { at: s.start }, mode: 'push' }));
      return seg;
    });
    this.strip.setAttribute('aria-label', `${n.name(hist.from)} to ${n.name(hist.to)} over time`);
    this.strip.replaceChildren(h('span', { class: 'strip-label', 'aria-hidden': 'true' }, 'path'), h('div', { class: 'strip-track' }, ...segs));
  }
}
