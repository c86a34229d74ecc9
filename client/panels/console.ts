// The read-only Cypher console: a CodeMirror editor with Cypher highlighting and completion
// (@neo4j-cypher/codemirror, loaded the first time the tab opens), example queries,
// Ctrl+Enter to run, results as a table, clear errors, and "show on graph".
import { RELATION_TYPES } from '../../shared/model/schemas.ts';
import { ApiError } from '../api/client.ts';
import { runCypher, type CypherAnswer } from '../api/analysis.ts';
import { cellText, graphIdsIn } from './console-rows.ts';
import { bindAt, parseParams } from './console-params.ts';
import { h } from '../dom.ts';
import type { Action } from '../state/actions.ts';

interface Lit {
  nodes: string[];
  edges: string[];
}
import type { EditorApi } from '@neo4j-cypher/codemirror';

/** What completion offers: the data model's labels, relationship types and property keys. */
const CONSOLE_SCHEMA = {
  labels: ['Actor', 'Source'],
  relationshipTypes: [...RELATION_TYPES],
  propertyKeys: ['id', 'name', 'kind', 'shortName', 'founded', 'dissolved', 'start', 'end', 'precision', 'event', 'sources', 'note', 'title', 'author', 'publisher', 'published', 'url'],
};

export const EXAMPLES: readonly { title: string; query: string }[] = [
  {
    title: 'Members of the CSTO in 2010',
    query:
      "MATCH (a:Actor)-[r:MEMBER_OF]->(o:Actor {id: 'CSTO'})\nWHERE r.start <= date('2010-01-01') AND (r.end IS NULL OR date('2010-01-01') < r.end)\nRETURN a.name AS member, toString(r.start) AS since\nORDER BY since",
  },
  {
    title: 'Who sought aid from whom',
    query: 'MATCH (a:Actor)-[r:SOUGHT_AID_FROM]->(b:Actor)\nRETURN a.name AS requester, b.name AS asked, toString(r.start) AS date, r.note AS note\nORDER BY date',
  },
  {
    title: 'Armenia’s relations, as graph elements',
    query: "MATCH (a:Actor {id: 'ARM'})-[r]-(b:Actor)\nRETURN a, r, b\nLIMIT 50",
  },
];

/** What an error means for the person at the console. */
export function errorTitle(err: unknown): string {
  if (!(err instanceof ApiError)) return 'The query failed';
  if (err.status === 403 || err.code === 'read_only') return 'Refused: the console is read-only';
  if (err.status === 408 || err.status === 504 || /timeout/i.test(err.code ?? '')) return 'The query took too long';
  // By the server's error code: a memory or time limit, or an engine failure, says nothing about the Cypher.
  if (err.code === 'query_too_large') return 'The query needed too much memory';
  if (err.code === 'query_too_complex') return 'The query is too complex to check';
  if (err.code === 'query_failed') return 'The engine could not run the query';
  if (err.status === 429) return err.code === 'console_busy' ? 'The console is busy' : 'Too many queries';
  // Only the checker's own refusal is a statement about the Cypher.
  if (err.status === 400 && err.code === 'bad_request') return 'Not valid Cypher';
  if (err.status === 404) return 'The console is not available on this server';
  return 'The query failed';
}

interface Editor {
  getValue(): string;
  setValue(text: string): void;
  focus(): void;
}

export class CypherConsole {
  private editor: Editor | null = null;
  private loading: Promise<void> | null = null;
  private readonly host: HTMLElement;
  private readonly status: HTMLElement;
  private readonly out: HTMLElement;
  private readonly run: HTMLButtonElement;
  private readonly showButton: HTMLButtonElement;
  private lit: Lit | null = null;
  private running: AbortController | null = null;
  private readonly params: HTMLTextAreaElement;

  constructor(
    root: HTMLElement,
    private readonly opts: {
      dispatch(action: Action): void;
      known(id: string): boolean;
      /** The slider's date, bound to $at unless the parameters give it. */
      at(): string;
      /** A run query and its parameters box, for the URL. */
      onRun(query: string, params: string): void;
      /** The query and parameters a URL brought, if any. */
      initial: { query: string | null; params: string | null };
    },
  ) {
    this.params = h('textarea', {
      id: 'cypher-params',
      class: 'cypher-params',
      rows: 2,
      spellcheck: 'false',
      placeholder: '{"id": "ARM"}  ($at is the slider\'s date unless given here)',
      'aria-label': 'Parameters (JSON object)',
    });
    this.params.value = opts.initial.params ?? '';
    this.host = h('div', { class: 'cypher-editor', id: 'cypher-editor', 'aria-label': 'Cypher query' });
    this.run = h('button', { type: 'button', class: 'primary', id: 'cypher-run', title: 'Run (Ctrl+Enter)' }, 'Run ▸');
    this.run.addEventListener('click', () => void this.execute());
    this.showButton = h('button', { type: 'button', id: 'cypher-show', hidden: true }, 'Show on graph');
    this.showButton.addEventListener('click', () => this.toggleShow());
    const examples = h(
      'select',
      { id: 'cypher-examples', 'aria-label': 'Example queries' },
      h('option', { value: '' }, 'Examples…'),
      ...EXAMPLES.map((e, i) => h('option', { value: String(i) }, e.title)),
    );
    examples.addEventListener('change', () => {
      const ex = EXAMPLES[Number(examples.value)];
      examples.value = '';
      if (!ex) return;
      void this.ready().then(() => {
        this.editor?.setValue(ex.query);
        this.editor?.focus();
      });
    });
    this.status = h('p', { class: 'cypher-status', id: 'cypher-status', role: 'status', 'aria-live': 'polite' });
    this.out = h('div', { class: 'cypher-out', id: 'cypher-out' });
    root.replaceChildren(
      h('h2', {}, 'Cypher console (read-only)'),
      h('div', { class: 'cypher-bar' }, examples, this.run, this.showButton),
      this.host,
      h('label', { class: 'cypher-params-label', for: 'cypher-params' }, 'Parameters (JSON)'),
      this.params,
      h('p', { class: 'note' }, '$at is the slider’s date (as a date) unless the parameters give one. Ctrl+Enter runs the query. Reading only: CREATE, MERGE, SET, DELETE and the like are refused. Results are bounded in time and rows.'),
      this.status,
      this.out,
    );
    // In the capture phase: the editor handles Ctrl+Enter itself (a blank line) and stops it there.
    root.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          e.stopPropagation();
          void this.execute();
        }
      },
      true,
    );
  }

  /** Loads the editor the first time the tab opens (it is large; the rest of the page does not wait for it). */
  ready(): Promise<void> {
    this.loading ??= (async () => {
      this.host.replaceChildren(h('p', { class: 'hint' }, 'Loading the editor…'));
      try {
        const [{ createCypherEditor }] = await Promise.all([import('@neo4j-cypher/codemirror'), import('@neo4j-cypher/codemirror/css/cypher-codemirror.css')]);
        this.host.replaceChildren();
        const made: unknown = createCypherEditor(this.host, {
          value: this.opts.initial.query ?? EXAMPLES[0]?.query ?? '',
          autofocus: false,
          lineWrapping: true,
          theme: 'light',
          tooltipAbsolute: true,
          schema: CONSOLE_SCHEMA,
        });
        // 1.0.3 returns { editor: EditorApi } although its typings promise the EditorApi itself.
        const api = ((made as { editor?: EditorApi }).editor ?? made) as EditorApi;
        this.editor = { getValue: () => api.codemirror.state.doc.toString(), setValue: (t) => api.setValue(t), focus: () => api.focus() };
      } catch (err) {
        // A plain text area still lets people query.
        const area = h('textarea', { class: 'cypher-fallback', rows: 6, 'aria-label': 'Cypher query', spellcheck: 'false' });
        area.value = this.opts.initial.query ?? EXAMPLES[0]?.query ?? '';
        this.host.replaceChildren(area, h('p', { class: 'error-text' }, `The Cypher editor could not load (${(err as Error).message}); a plain text box stands in.`));
        this.editor = { getValue: () => area.value, setValue: (t) => (area.value = t), focus: () => area.focus() };
      }
    })();
    return this.loading;
  }

  async execute(): Promise<void> {
    await this.ready();
    const text = this.editor?.getValue().trim() ?? '';
    if (!text) {
      this.status.textContent = 'Write a query first.';
      return;
    }
    const given = parseParams(this.params.value);
    if (!given.ok) {
      this.status.textContent = '';
      this.showButton.hidden = true;
      this.out.replaceChildren(h('div', { class: 'cypher-error', role: 'alert', 'data-status': 'params' }, h('strong', {}, 'The parameters are not valid'), h('p', {}, given.message)));
      return;
    }
    const sent = bindAt(text, given.params, this.opts.at());
    this.opts.onRun(text, this.params.value.trim());
    this.running?.abort();
    const controller = (this.running = new AbortController());
    this.run.disabled = true;
    this.status.className = 'cypher-status';
    this.status.textContent = 'Running…';
    this.setLit(null);
    try {
      const answer = await runCypher(sent.query, controller.signal, sent.params);
      this.show(answer, sent.at);
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.status.textContent = '';
      this.showButton.hidden = true;
      const detail = err instanceof ApiError ? err.message : String(err);
      this.out.replaceChildren(h('div', { class: 'cypher-error', role: 'alert', 'data-status': err instanceof ApiError ? String(err.status) : '' }, h('strong', {}, errorTitle(err)), h('p', {}, detail)));
    } finally {
      if (this.running === controller) this.run.disabled = false;
    }
  }

  private show(a: CypherAnswer, at: string | null): void {
    const n = a.rows.length;
    const bound = at ? ` $at = ${at}.` : '';
    this.status.textContent = `${n} row${n === 1 ? '' : 's'} in ${a.elapsedMs} ms${a.truncated ? ` (truncated: ${a.truncatedReason ?? 'only the first rows are shown'})` : ''}.${bound}`;
    this.status.dataset.at = at ?? '';
    const ids = graphIdsIn(a.rows);
    const nodes = [...ids.nodes].filter((id) => this.opts.known(id));
    const edges = [...ids.edges].filter((id) => this.opts.known(id));
    this.lit = nodes.length || edges.length ? { nodes, edges } : null;
    this.showButton.hidden = !this.lit;
    this.showButton.setAttribute('aria-pressed', 'false');
    this.showButton.textContent = this.lit ? `Show on graph (${nodes.length} actors, ${edges.length} relations)` : 'Show on graph';
    if (!n) {
      this.out.replaceChildren(h('p', { class: 'hint' }, 'No rows.'));
      return;
    }
    const table = h(
      'table',
      { class: 'cypher-table', id: 'cypher-table' },
      h('thead', {}, h('tr', {}, ...a.columns.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...a.rows.map((r) => h('tr', {}, ...a.columns.map((c) => {
        const v = r[c];
        return h('td', { class: v === null || v === undefined ? 'null' : null }, cellText(v));
      })))),
    );
    this.out.replaceChildren(h('div', { class: 'cypher-scroll' }, table));
  }

  private toggleShow(): void {
    const on = this.showButton.getAttribute('aria-pressed') !== 'true';
    this.setLit(on ? this.lit : null);
  }

  private setLit(lit: Lit | null): void {
    this.showButton.setAttribute('aria-pressed', String(Boolean(lit)));
    this.opts.dispatch({ type: 'console/lit', lit });
  }
}
