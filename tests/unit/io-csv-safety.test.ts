// What the CSV files may carry: no cell a spreadsheet would run as a formula (and the import
// reads such cells back as they were), no repeated header column, no source link that is not
// http(s), and no endless list of problems in a report.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SOURCE_COLUMNS } from '../../server/io/csv-columns.ts';
import { neutraliseFormula, parseCsv, restoreFormula, toCsv } from '../../server/io/csv-text.ts';
import { toCsvZip } from '../../server/io/export-csv.ts';
import { problemLines } from '../../server/io/import-report-text.ts';
import { planImport, type KnownGraph, type RowProblem } from '../../server/io/plan-import.ts';
import { isWebUrl } from '../../shared/model/web-url.ts';

const empty: KnownGraph = { actorIds: new Set(), sourceIds: new Set(), relations: new Map() };
const FORMULAS = ['=HYPERLINK("http://evil.example","x")', '@SUM(1+1)', '+cmd|\' /C calc\'!A0', '-2+3', '\tTAB', '\rCR'];

describe('CSV injection', () => {
  it('writes every formula-like cell behind a single quote', () => {
    const rows = FORMULAS.map((title, i) => ({ id: `s${i}`, title, author: title, url: null }));
    const text = toCsv(SOURCE_COLUMNS, rows);
    // The cells as a spreadsheet reads them: each behind one quote, so none runs.
    const raw = (parse(text, { from_line: 2 }) as string[][]).map((r) => [r[1], r[2]]);
    expect(raw).toEqual(FORMULAS.map((f) => [`'${f}`, `'${f}`]));
    // And the importer reads them as they were.
    expect(parseCsv(text).records.map((r) => r.cells.title)).toEqual(FORMULAS);
  });

  it('the export of a graph with formulas in names, notes and titles imports back unchanged', () => {
    const zip = unzipSync(
      toCsvZip({
        actors: [
          { id: '-AAA', name: '=1+1', kind: 'state', shortName: '@x', aliases: [], founded: null, dissolved: null },
          { id: 'BBB', name: "'=already quoted", kind: 'state', shortName: null, aliases: [], founded: null, dissolved: null },
        ],
        relations: [{ id: 'r1', source: '-AAA', target: 'BBB', type: 'PARTNER_OF', start: '2000-01-01', end: null, precision: 'day', event: false, sources: ['s1'], note: '+cmd|x' }],
        sources: [{ id: 's1', title: '-minus', author: '\tTabbed', publisher: null, published: null, url: 'https://example.org/=x' }],
      }),
    );
    const text = (name: string) => strFromU8(zip[name] as Uint8Array);
    expect(text('actors.csv')).toContain("'=1+1");
    expect(text('actors.csv')).toContain("''=already quoted");
    expect(text('relations.csv')).toContain("'+cmd|x");
    const plan = planImport({ relations: text('relations.csv'), actors: text('actors.csv'), sources: text('sources.csv') }, empty);
    expect(plan.rejected).toEqual([]);
    expect(plan.actors.map((a) => [a.id, a.name, a.shortName])).toEqual([
      ['-AAA', '=1+1', '@x'],
      ['BBB', "'=already quoted", null],
    ]);
    expect(plan.relations[0]).toMatchObject({ source: '-AAA', note: '+cmd|x' });
    expect(plan.sources[0]).toMatchObject({ title: '-minus', url: 'https://example.org/=x' });
  });

  it('round-trips any text through the export and the import, and no written cell starts a formula', () => {
    const risky = fc.oneof(fc.string(), fc.tuple(fc.constantFrom("'", "''", ''), fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string()).map((p) => p.join('')));
    fc.assert(
      fc.property(fc.array(risky, { minLength: 1, maxLength: 5 }), (values) => {
        const columns = values.map((_, i) => `c${i}`);
        const row = Object.fromEntries(values.map((v, i) => [`c${i}`, v]));
        const back = parseCsv(toCsv(columns, [row])).records[0]?.cells;
        for (const v of values) expect(/^[=+\-@\t\r]/.test(neutraliseFormula(v))).toBe(false);
        // csv-parse skips a row that is entirely empty; otherwise every cell reads back as written.
        if (values.every((v) => v === '')) return;
        expect(columns.map((c) => back?.[c])).toEqual(values);
        for (const v of values) expect(restoreFormula(neutraliseFormula(v))).toBe(v);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV headers', () => {
  it('refuses a header that names a column twice, naming it', () => {
    const plan = planImport({ relations: 'source,target,type,start,sources,target\nAAA,BBB,PARTNER_OF,2000-01-01,s1,CCC\n' }, empty);
    expect(plan.relations).toEqual([]);
    expect(plan.rejected).toEqual([{ file: 'relations', line: 1, errors: [{ field: '(header)', message: expect.stringContaining('"target" more than once') }] }]);
  });
});

describe('source links', () => {
  it('takes http and https addresses only', () => {
    for (const ok of ['http://example.org', 'https://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG']) expect(isWebUrl(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://x.org', 'vbscript:x', '//evil.example', 'http:/x', 'https://', 'file:///etc/passwd']) {
      expect(isWebUrl(bad), bad).toBe(false);
    }
  });

  it('refuses a source row whose url is not http(s), with a clear row error', () => {
    const sources = 'id,title,url\ns1,Good,https://example.org\ns2,Bad,javascript:alert(document.cookie)\ns3,Data,"data:text/html;base64,PHNjcmlwdD4="\n';
    const plan = planImport({ relations: 'source,target,type,start,sources\n', sources }, empty);
    expect(plan.sources.map((s) => s.id)).toEqual(['s1']);
    expect(plan.rejected.map((p) => [p.file, p.line, p.errors[0]?.field])).toEqual([
      ['sources', 3, 'url'],
      ['sources', 4, 'url'],
    ]);
    expect(plan.rejected[0]?.errors[0]?.message).toMatch(/http:\/\/ or https:\/\//);
  });
});

describe('the CLI report of rejected rows', () => {
  it('lists the rows it was given and counts the others', () => {
    const rows: RowProblem[] = [{ file: 'relations', line: 2, errors: [{ field: 'start', message: 'bad' }] }];
    expect(problemLines(rows, 5000)).toEqual(['relations.csv:2: start: bad', '... and 4999 more invalid row(s) not listed']);
    expect(problemLines(rows)).toEqual(['relations.csv:2: start: bad']);
  });
});
