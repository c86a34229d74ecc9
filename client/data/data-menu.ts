// The "Data" menu: download links for the server's exports (GraphML and JSON at the slider's
// date, GEXF and CSV with the whole history) and a dialog that imports CSV files.
import { z } from 'zod';
import { ApiError } from '../api/client.ts';
import { postImport } from '../api/analysis.ts';
import { h } from '../dom.ts';

/** The export links' addresses at a date. */
export function exportLinks(at: string): { format: string; label: string; href: string }[] {
  const q = encodeURIComponent(at);
  return [
    { format: 'graphml', label: `GraphML (network on ${at})`, href: `/api/export?format=graphml&at=${q}` },
    { format: 'json', label: `Cytoscape JSON (network on ${at})`, href: `/api/export?format=json&at=${q}` },
    { format: 'gexf', label: 'GEXF (whole history, for Gephi)', href: '/api/export?format=gexf' },
    { format: 'csv', label: 'CSV files (whole history, zipped)', href: '/api/export?format=csv' },
  ];
}

const RowProblems = z.array(
  z.object({ file: z.string(), line: z.number(), errors: z.array(z.object({ field: z.string(), message: z.string() })) }),
);
type RowProblems = z.infer<typeof RowProblems>;

/** The rejected rows in an import error's details; none when the details have another shape. */
export function rowProblems(details: unknown): RowProblems {
  const parsed = z.object({ rejected: RowProblems }).safeParse(details);
  return parsed.success ? parsed.data.rejected : [];
}

const SHOWN_PROBLEMS = 50;

/** The rejected rows as a table: file and line, then each of the row's errors on its own line. */
function problemTable(rows: RowProblems): HTMLElement {
  const body = rows.slice(0, SHOWN_PROBLEMS).flatMap((p) =>
    p.errors.map((e, i) =>
      h(
        'tr',
        {},
        i === 0 ? h('td', { rowspan: p.errors.length }, `${p.file}.csv`) : null,
        i === 0 ? h('td', { rowspan: p.errors.length, class: 'num' }, String(p.line)) : null,
        h('td', {}, e.field),
        h('td', {}, e.message),
      ),
    ),
  );
  return h(
    'div',
    { class: 'import-problems' },
    h(
      'table',
      { id: 'import-problems' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'File'), h('th', { scope: 'col' }, 'Line'), h('th', { scope: 'col' }, 'Column'), h('th', { scope: 'col' }, 'Problem'))),
      h('tbody', {}, ...body),
    ),
    rows.length > SHOWN_PROBLEMS ? h('p', { class: 'hint' }, `…and ${rows.length - SHOWN_PROBLEMS} more rows.`) : '',
  );
}

export class DataMenu {
  private readonly links = new Map<string, HTMLAnchorElement>();
  private at = '';

  constructor(menu: HTMLElement, dialog: HTMLDialogElement, at: string) {
    const list = h('ul', { class: 'menu-list', role: 'list' });
    for (const l of exportLinks(at)) {
      const a = h('a', { href: l.href, download: '', 'data-format': l.format }, l.label);
      // The download starts; the menu has done its job.
      a.addEventListener('click', () => ((menu as HTMLDetailsElement).open = false));
      this.links.set(l.format, a);
      list.append(h('li', {}, a));
    }
    const importButton = h('button', { type: 'button', id: 'import-open' }, 'Import CSV…');
    importButton.addEventListener('click', () => {
      (menu as HTMLDetailsElement).open = false;
      dialog.showModal();
    });
    list.append(h('li', { class: 'menu-sep' }, importButton));
    menu.append(list);
    this.show(at);
    this.buildDialog(dialog);
  }

  show(at: string): void {
    if (at === this.at) return;
    this.at = at;
    for (const l of exportLinks(at)) {
      const a = this.links.get(l.format);
      if (a) {
        a.href = l.href;
        a.textContent = l.label;
      }
    }
  }

  private buildDialog(dialog: HTMLDialogElement): void {
    const file = (id: string, label: string, required: boolean) =>
      h('label', { for: id, class: 'file-row' }, h('span', {}, label), h('input', { id, type: 'file', accept: '.csv,text/csv', required }));
    const dry = h('input', { type: 'checkbox', id: 'import-dry', checked: true });
    const skip = h('input', { type: 'checkbox', id: 'import-skip' });
    const report = h('div', { id: 'import-report', role: 'status', 'aria-live': 'polite' });
    const token = h('input', { id: 'import-token', type: 'password', autocomplete: 'off', spellcheck: 'false' });
    const form = h(
      'form',
      { method: 'dialog', id: 'import-form' },
      h('h2', { id: 'import-title' }, 'Import CSV'),
      h('p', { class: 'hint' }, 'relations.csv is required (source, target, type, start, end, precision, event, sources, note); actors.csv and sources.csv are optional. Rows are merged on their ids.'),
      file('import-relations', 'relations.csv', true),
      file('import-actors', 'actors.csv', false),
      file('import-sources', 'sources.csv', false),
      h('label', { class: 'check' }, dry, 'Check only (write nothing)'),
      h('label', { class: 'check' }, skip, 'Load the good rows and skip the bad ones'),
      h('label', { for: 'import-token', class: 'file-row' }, h('span', {}, 'Import token (only if this server asks for one)'), token),
      report,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary', value: 'import' }, 'Import'), h('button', { type: 'button', id: 'import-close' }, 'Close')),
    );
    form.querySelector('#import-close')?.addEventListener('click', () => dialog.close());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const pick = (id: string) => form.querySelector<HTMLInputElement>(`#${id}`)?.files?.[0];
      const rel = pick('import-relations');
      if (!rel) {
        report.textContent = 'Choose relations.csv first.';
        return;
      }
      report.textContent = 'Importing…';
      void (async () => {
        try {
          const [relations, actors, sources] = await Promise.all([rel.text(), pick('import-actors')?.text(), pick('import-sources')?.text()]);
          const r = await postImport({ relations, actors, sources }, { dryRun: dry.checked, skipInvalid: skip.checked, token: token.value.trim() || undefined });
          const what = `${r.loaded.relations} relations, ${r.loaded.actors} actors, ${r.loaded.sources} sources`;
          report.replaceChildren(
            h('p', {}, r.status === 'checked' ? `Checked: ${what} would be loaded.` : `Loaded ${what}.`),
            r.rejected.length ? h('p', { class: 'error-text' }, `${r.rejectedCount ?? r.rejected.length} row(s) skipped as invalid.`) : '',
            r.rejected.length ? problemTable(rowProblems({ rejected: r.rejected })) : '',
            r.status === 'loaded' ? h('p', {}, h('a', { href: location.href }, 'Reload the page to see the new data.')) : '',
          );
        } catch (err) {
          const msg = err instanceof ApiError ? err.message : String(err);
          const rows = err instanceof ApiError ? rowProblems(err.details) : [];
          report.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, msg), rows.length ? problemTable(rows) : '');
        }
      })();
    });
    dialog.replaceChildren(form);
  }
}
