// The path panel: two actors (typed, or right-clicked in the network), the path between them
// lit at the slider's date, alternatives from /api/path once the slider rests, and a strip
// under the slider with the pair's whole history from /api/path/history. Slider ticks use the
// history's spans locally: no request per tick.
import { ApiError, type Actor, type Relation } from '../api/client.ts';
import { fetchPath, fetchPathHistory, type PathAnswer, type PathHistory, type PathIds } from '../api/analysis.ts';
import { formatDate, toDayNumber } from '../dates.ts';
import { h } from '../dom.ts';
import { historySummary, notConnectedSentence, pathSentence, preferShown, repairPath, spanAt, type Namer } from './path-model.ts';
import type { Snapshot } from '../snapshot.ts';
import type { HistoryMode, ViewState } from '../state/view-state.ts';
import type { Overlay } from '../graph/style.ts';

export interface PathsOptions {
  relations: readonly Relation[];
  start: string;
  end: string;
  namer: Namer;
  findActor(text: string): Actor | null;
  update(patch: Partial<ViewState>, mode?: HistoryMode): void;
  /** Re-applies the view after an answer arrives. */
  refresh(): void;
}

const REST_MS = 350;

export class PathsPanel {
  private history: PathHistory | null = null;
  private historyKey = '';
  private historyError: string | null = null;
  private answer: PathAnswer | null = null;
  private answerKey = '';
  private chosen = 0;
  private timer = 0;
  private pending: string | null = null;
  private shown: PathIds | null = null;
  private controller: AbortController | null = null;
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;
  private readonly message: HTMLElement;
  private readonly answerBox: HTMLElement;
  private readonly alternatives: HTMLElement;
  private readonly summary: HTMLElement;
  private state: ViewState | null = null;

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
        this.message.textContent = `No actor matches “${!a ? this.fromInput.value : this.toInput.value}”.`;
        return;
      }
      if (a.id === b.id) {
        this.message.textContent = 'Pick two different actors.';
        return;
      }
      this.message.textContent = '';
      opts.update({ path: [a.id, b.id] });
    });
    swap.addEventListener('click', () => {
      const p = this.state?.path;
      if (p) opts.update({ path: [p[1], p[0]] });
      else [this.fromInput.value, this.toInput.value] = [this.toInput.value, this.fromInput.value];
    });
    clear.addEventListener('click', () => {
      this.pending = null;
      this.message.textContent = '';
      opts.update({ path: null });
    });
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

  /** A right-click on an actor: the first sets the start, the second completes the path. */
  pickEnd(id: string): void {
    const name = this.opts.namer.name(id);
    if (this.pending === null || this.pending === id) {
      this.pending = this.pending === id ? null : id;
      this.fromInput.value = this.pending ? name : '';
      this.toInput.value = '';
      this.message.textContent = this.pending ? `Path from ${name}: right-click another actor.` : '';
      this.opts.update({ panel: 'paths' });
      return;
    }
    const from = this.pending;
    this.pending = null;
    this.message.textContent = '';
    this.opts.update({ path: [from, id], panel: 'paths' });
  }

  /** Called on every render: keeps the fetches and the text in step with the state. */
  update(state: ViewState, snapshot: Snapshot): void {
    this.state = state;
    const path = state.path;
    if (!path) {
      this.history = null;
      this.historyKey = '';
      this.answer = null;
      this.answerKey = '';
      this.shown = null;
      this.strip.hidden = true;
      this.strip.replaceChildren();
      document.body.classList.remove('has-path');
      if (this.pending === null) this.answerBox.textContent = '';
      this.alternatives.replaceChildren();
      this.summary.textContent = '';
      return;
    }
    const n = this.opts.namer;
    if (document.activeElement !== this.fromInput) this.fromInput.value = n.name(path[0]);
    if (document.activeElement !== this.toInput) this.toInput.value = n.name(path[1]);
    const key = `${path.join(',')}|${state.types?.join(',') ?? '*'}`;
    if (key !== this.historyKey) {
      this.historyKey = key;
      this.history = null;
      this.historyError = null;
      this.answer = null;
      this.answerKey = '';
      this.chosen = 0;
      this.loadHistory(path, state.types, key);
    }
    this.scheduleAnswer(path, snapshot.at, state.types, key);
    this.drawText(snapshot);
    this.drawStrip(snapshot.at);
  }

  /** The path lit at the date: the rested answer when it is for this date, else the history's span. */
  overlay(state: ViewState, snapshot: Snapshot): Overlay['path'] {
    if (!state.path) return null;
    const p = this.pathAt(snapshot);
    this.shown = p;
    return { nodes: new Set([...(p?.nodes ?? []), ...state.path]), edges: new Set(p?.edges ?? []), ends: state.path };
  }

  private pathAt(snapshot: Snapshot): PathIds | null {
    if (this.answer && this.answerKey === `${this.historyKey}@${snapshot.at}`) return this.answer.paths[this.chosen] ?? null;
    if (!this.history) return null;
    const span = spanAt(this.history.spans, snapshot.at);
    return span?.path ? repairPath(span.path, snapshot.relationIds, this.opts.relations) : null;
  }

  private loadHistory(path: [string, string], types: readonly string[] | null, key: string): void {
    this.answerBox.textContent = 'Tracing…';
    fetchPathHistory(path[0], path[1], types)
      .then((hist) => {
        if (key !== this.historyKey) return;
        this.history = hist;
        this.opts.refresh();
      })
      .catch((err: unknown) => {
        if (key !== this.historyKey) return;
        this.historyError = err instanceof ApiError ? err.message : String(err);
        this.opts.refresh();
      });
  }

  /** Asks for alternatives once the slider rests on a date (not on every tick). */
  private scheduleAnswer(path: [string, string], at: string, types: readonly string[] | null, key: string): void {
    const want = `${key}@${at}`;
    if (this.answerKey === want) return;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.controller?.abort();
      const controller = (this.controller = new AbortController());
      fetchPath(path[0], path[1], at, types, controller.signal)
        .then((answer) => {
          if (key !== this.historyKey || controller.signal.aborted) return;
          this.answer = answer;
          this.answerKey = want;
          this.chosen = preferShown(answer.paths, this.shown);
          this.opts.refresh();
        })
        .catch((err: unknown) => {
          if ((err as Error).name === 'AbortError' || key !== this.historyKey) return;
          this.historyError = err instanceof ApiError ? err.message : String(err);
          this.opts.refresh();
        });
    }, REST_MS);
  }

  private drawText(snapshot: Snapshot): void {
    const n = this.opts.namer;
    if (this.historyError) {
      this.answerBox.className = 'path-answer error';
      this.answerBox.textContent = `Could not trace the path: ${this.historyError}`;
      return;
    }
    this.answerBox.className = 'path-answer';
    if (!this.history) {
      this.answerBox.textContent = 'Tracing…';
      return;
    }
    const p = this.pathAt(snapshot);
    this.answerBox.classList.toggle('connected', Boolean(p));
    this.answerBox.textContent = p ? `${formatDate(snapshot.at)}: ${pathSentence(p, n)}.` : notConnectedSentence(this.history, snapshot.at, n);
    this.summary.textContent = historySummary(this.history, n);
    const fresh = this.answer && this.answerKey === `${this.historyKey}@${snapshot.at}` ? this.answer : null;
    if (!fresh || fresh.paths.length < 2) {
      this.alternatives.replaceChildren();
      return;
    }
    this.alternatives.replaceChildren(
      h('li', { class: 'alt-head' }, `${fresh.paths.length} shortest paths on this date (pick one to light it):`),
      ...fresh.paths.map((alt, i) => {
        const b = h('button', { type: 'button', class: 'linklike', 'aria-pressed': i === this.chosen ? 'true' : 'false' }, alt.nodes.map((id) => n.name(id)).join(' → '));
        b.addEventListener('click', () => {
          this.chosen = i;
          this.opts.refresh();
        });
        return h('li', { class: i === this.chosen ? 'chosen' : null, 'data-index': i }, b, ` (${alt.edges.length} steps)`);
      }),
    );
  }

  private drawStrip(at: string): void {
    const hist = this.history;
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
      seg.addEventListener('click', () => this.opts.update({ at: s.start }));
      return seg;
    });
    this.strip.setAttribute('aria-label', `${n.name(hist.from)} to ${n.name(hist.to)} over time`);
    this.strip.replaceChildren(h('span', { class: 'strip-label', 'aria-hidden': 'true' }, 'path'), h('div', { class: 'strip-track' }, ...segs));
  }
}
