// The "Data" menu: download links for the server's exports (GraphML and JSON at the slider's
// date, GEXF and CSV with the whole history) and a dialog that imports data: this explorer's
// CSV files or a published dataset (COW IGO, COW alliances, ATOP) as it is downloaded.
import { z } from 'zod';
import { ApiError } from '../api/client.ts';
import { postImport } from '../api/analysis.ts';
import { postDatasetImport, type DatasetReport } from '../api/datasets.ts';
import { h } from '../dom.ts';
import { IMPORT_FORMATS, importFormat, type ImportFormat } from './import-formats.ts';

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
        // The CSV import names its files (relations); a dataset's problems name the file as uploaded.
        i === 0 ? h('td', { rowspan: p.errors.length }, p.file.includes('.') ? p.file : `${p.file}.csv`) : null,
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
    const importButton = h('button', { type: 'button', id: 'import-open' }, 'Import data…');
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
    // The format chooser: a radio per format, each with its line and its file's name.
    const formats = h(
      'fieldset',
      { class: 'import-formats', id: 'import-formats' },
      h('legend', {}, 'Format'),
      ...IMPORT_FORMATS.map((f) =>
        h(
          'label',
          { class: 'import-format', for: `import-format-${f.id}` },
          h('input', { type: 'radio', name: 'import-format', id: `import-format-${f.id}`, value: f.id, checked: f.id === 'csv', 'aria-describedby': `import-format-${f.id}-about` }),
          h('span', {}, h('strong', {}, f.label), ' ', h('code', {}, f.file), h('span', { class: 'hint', id: `import-format-${f.id}-about` }, f.describe)),
        ),
      ),
    );
    const csvFiles = h(
      'div',
      { id: 'import-csv-files' },
      file('import-relations', 'relations.csv', true),
      file('import-actors', 'actors.csv', false),
      file('import-sources', 'sources.csv', false),
    );
    const datasetName = h('span', {}, '');
    const datasetInput = h('input', { id: 'import-dataset-file', type: 'file', accept: '.csv,text/csv' });
    const datasetFiles = h('div', { id: 'import-dataset-files', hidden: true }, h('label', { for: 'import-dataset-file', class: 'dataset-file' }, datasetName, datasetInput));
    const datasetNote = h('p', { class: 'hint', id: 'import-dataset-note', hidden: true });
    const chosen = (): ImportFormat => importFormat(formats.querySelector<HTMLInputElement>('input[name="import-format"]:checked')?.value ?? 'csv').id;
    const showFormat = () => {
      const f = importFormat(chosen());
      const csv = f.id === 'csv';
      csvFiles.hidden = !csv;
      datasetFiles.hidden = csv;
      // Only the shown inputs are required, or the browser would refuse to submit.
      form.querySelector<HTMLInputElement>('#import-relations')!.required = csv;
      datasetInput.required = !csv;
      datasetName.textContent = f.file;
      datasetNote.hidden = f.id !== 'cow-igo';
      datasetNote.textContent =
        f.id === 'cow-igo'
          ? 'Organizations are named by their COW abbreviations here; for their full names from igo_year_formatv3.csv, import both files with npm run import -- --format cow-igo.'
          : '';
      report.replaceChildren();
    };
    const form = h(
      'form',
      { method: 'dialog', id: 'import-form' },
      h('h2', { id: 'import-title' }, 'Import data'),
      formats,
      csvFiles,
      datasetFiles,
      datasetNote,
      h('label', { class: 'check' }, dry, 'Check only (write nothing)'),
      h('label', { class: 'check' }, skip, 'Load the good rows and skip the bad ones'),
      h('label', { for: 'import-token', class: 'file-row' }, h('span', {}, 'Import token (only if this server asks for one)'), token),
      report,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary', value: 'import' }, 'Import'), h('button', { type: 'button', id: 'import-close' }, 'Close')),
    );
    formats.addEventListener('change', showFormat);
    form.querySelector('#import-close')?.addEventListener('click', () => dialog.close());
    const failed = (err: unknown) => {
      const msg = err instanceof ApiError ? err.message : String(err);
      const rows = err instanceof ApiError ? rowProblems(err.details) : [];
      report.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, msg), rows.length ? problemTable(rows) : '');
    };
    const flags = () => ({ dryRun: dry.checked, skipInvalid: skip.checked, token: token.value.trim() || undefined });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const pick = (id: string) => form.querySelector<HTMLInputElement>(`#${id}`)?.files?.[0];
      const format = chosen();
      if (format !== 'csv') {
        const f = pick('import-dataset-file');
        if (!f) {
          report.textContent = `Choose ${importFormat(format).file} first.`;
          return;
        }
        report.textContent = `Importing ${f.name}…`;
        // The file goes as it is: the server reads it as a stream.
        postDatasetImport(format, f, flags()).then((r) => report.replaceChildren(...datasetReport(r)), failed);
        return;
      }
      const rel = pick('import-relations');
      if (!rel) {
        report.textContent = 'Choose relations.csv first.';
        return;
      }
      report.textContent = 'Importing…';
      void (async () => {
        try {
          const [relations, actors, sources] = await Promise.all([rel.text(), pick('import-actors')?.text(), pick('import-sources')?.text()]);
          const r = await postImport({ relations, actors, sources }, flags());
          const what = `${r.loaded.relations} relations, ${r.loaded.actors} actors, ${r.loaded.sources} sources`;
          report.replaceChildren(
            h('p', {}, r.status === 'checked' ? `Checked: ${what} would be loaded.` : `Loaded ${what}.`),
            r.rejected.length ? h('p', { class: 'error-text' }, `${r.rejectedCount ?? r.rejected.length} row(s) skipped as invalid.`) : '',
            r.rejected.length ? problemTable(rowProblems({ rejected: r.rejected })) : '',
            r.status === 'loaded' ? h('p', {}, h('a', { href: location.href }, 'Reload the page to see the new data.')) : '',
          );
        } catch (err) {
          failed(err);
        }
      })();
    });
    dialog.replaceChildren(form);
    showFormat();
  }
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A dataset import's report, as the CSV import's reads. */
function datasetReport(r: DatasetReport): (HTMLElement | string)[] {
  const what = `${count(r.loaded.relations, 'relation')}, ${count(r.loaded.actors, 'actor')}, ${count(r.loaded.sources, 'source')} from ${count(r.rows, 'line')}`;
  return [
    h('p', {}, r.status === 'checked' ? `Checked: ${what} would be loaded.` : `Loaded ${what}.`),
    r.rejectedCount ? h('p', { class: 'error-text' }, `${count(r.rejectedCount, 'line')} skipped as invalid.`) : '',
    r.rejected.length ? problemTable(r.rejected) : '',
    r.status === 'loaded' ? h('p', {}, h('a', { href: location.href }, 'Reload the page to see the new data.')) : '',
  ];
}
