// ATOP 5.1, member level (atop5_1m.csv; Leeds, Ritter, Mitchell & Long 2002): one row per
// member and phase of an alliance (atopid), with entry (yrent, moent, dayent) and exit
// (yrexit, moexit, dayexit; a zero or empty year: still a member when the data end) and the
// obligation flags defense, offense, neutral, nonagg, consul. Each phase keeps its own dates:
// the 1992 Collective Security Treaty and the 2002 CSTO charter stay two spells.
import { CowStates } from './cow-states.ts';
import { forEachCsvLine, intCell } from './csv-lines.ts';
import { AllianceCollector, missingColumns } from './alliances.ts';
import type { NamedStream } from './cow-igo.ts';
import type { DatasetPlan } from './dataset-plan.ts';
import { ATOP_TO_ACTOR } from './org-map.ts';
import type { Obligation } from '../../../shared/model/schemas.ts';

export const ATOP_REQUIRED_COLUMNS = ['atopid', 'member', 'yrent', 'moent', 'dayent', 'yrexit', 'moexit', 'dayexit', 'defense', 'offense', 'neutral', 'nonagg', 'consul'] as const;

export const ATOP_SOURCE = {
  id: 'atop-5.1',
  title: 'Alliance Treaty Obligations and Provisions (ATOP), version 5.1',
  author: 'Brett Ashley Leeds, Jeffrey M. Ritter, Sara McLaughlin Mitchell, Andrew G. Long',
  publisher: 'ATOP project',
  published: '2022',
  url: 'http://www.atopdata.org/',
};

const FLAGS: [string, Obligation][] = [['defense', 'defense'], ['offense', 'offense'], ['neutral', 'neutrality'], ['nonagg', 'nonaggression'], ['consul', 'consultation']];

export async function readAtop(files: readonly NamedStream[], states = new CowStates(), onLine?: (n: number) => void): Promise<DatasetPlan> {
  const c = new AllianceCollector(
    { source: ATOP_SOURCE, label: 'ATOP', actorId: (id) => ATOP_TO_ACTOR[id] ?? `ATOP-${id}`, mapped: (id) => id in ATOP_TO_ACTOR },
    states,
  );
  for (const file of files) {
    let col: Record<string, number> = {};
    let headerOk = false;
    await forEachCsvLine(file.stream, (cells, line) => {
      if (line === 1) {
        const missing = missingColumns(cells, ATOP_REQUIRED_COLUMNS);
        if (missing.length > 0) c.rejected.push({ file: file.name, line, errors: [{ field: '(header)', message: `the header lacks ${missing.join(', ')}; expected ATOP 5.1 member-level columns: ${ATOP_REQUIRED_COLUMNS.join(',')}` }] });
        headerOk = missing.length === 0;
        col = Object.fromEntries(cells.map((h, i) => [h, i]));
        return;
      }
      if (!headerOk) return;
      c.rows += 1;
      if (onLine && c.rows % 1000 === 0) onLine(c.rows);
      const get = (name: string) => cells[col[name] ?? -1];
      const alliance = intCell(get('atopid'));
      const ccode = intCell(get('member'));
      if (alliance === null) return void c.rejected.push({ file: file.name, line, errors: [{ field: 'atopid', message: `expected an ATOP alliance number, got "${get('atopid') ?? ''}"` }] });
      if (ccode === null) return void c.rejected.push({ file: file.name, line, errors: [{ field: 'member', message: `expected a COW state code, got "${get('member') ?? ''}"` }] });
      c.add({
        file: file.name,
        line,
        alliance: String(alliance),
        ccode,
        entry: { year: get('yrent'), month: get('moent'), day: get('dayent') },
        exit: { year: get('yrexit'), month: get('moexit'), day: get('dayexit') },
        obligations: new Set(FLAGS.filter(([f]) => intCell(get(f)) === 1).map(([, o]) => o)),
      });
    });
  }
  return c.finish();
}
