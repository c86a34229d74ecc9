// COW Formal Alliances v4.1, member level (alliance_v4.1_by_member.csv; Gibler 2009): one row
// per state and alliance, with the alliance's dates (all_st_*, all_end_*), the member's
// (mem_st_*, mem_end_*) and the obligation flags defense, neutrality, nonaggression, entente.
// A missing end means the alliance was in force when the data end (right_censor).
import { CowStates } from './cow-states.ts';
import { forEachCsvLine, intCell } from './csv-lines.ts';
import { AllianceCollector, missingColumns } from './alliances.ts';
import type { NamedStream } from './cow-igo.ts';
import type { DatasetPlan } from './dataset-plan.ts';
import { COW_ALLIANCE_TO_ACTOR } from './org-map.ts';
import type { Obligation } from '../../../shared/model/schemas.ts';

export const COW_ALLIANCE_COLUMNS = [
  'version4id', 'ccode', 'state_name', 'all_st_day', 'all_st_month', 'all_st_year', 'all_end_day', 'all_end_month', 'all_end_year',
  'ss_type', 'mem_st_day', 'mem_st_month', 'mem_st_year', 'mem_end_day', 'mem_end_month', 'mem_end_year', 'left_censor',
  'right_censor', 'defense', 'neutrality', 'nonaggression', 'entente', 'version',
] as const;

export const COW_ALLIANCE_SOURCE = {
  id: 'cow-alliance-v4.1',
  title: 'Correlates of War Formal Alliances, version 4.1',
  author: 'Douglas M. Gibler',
  publisher: 'Correlates of War Project',
  published: '2009',
  url: 'https://correlatesofwar.org/data-sets/formal-alliances/',
};

const FLAGS: [string, Obligation][] = [['defense', 'defense'], ['neutrality', 'neutrality'], ['nonaggression', 'nonaggression'], ['entente', 'consultation']];

export async function readCowAlliances(files: readonly NamedStream[], states = new CowStates(), onLine?: (n: number) => void): Promise<DatasetPlan> {
  const c = new AllianceCollector(
    { source: COW_ALLIANCE_SOURCE, label: 'COW', actorId: (id) => COW_ALLIANCE_TO_ACTOR[id] ?? `COW-ALLIANCE-${id}`, mapped: (id) => id in COW_ALLIANCE_TO_ACTOR },
    states,
  );
  for (const file of files) {
    let col: Record<string, number> = {};
    let headerOk = false;
    await forEachCsvLine(file.stream, (cells, line) => {
      if (line === 1) {
        const missing = missingColumns(cells, COW_ALLIANCE_COLUMNS.filter((x) => x !== 'version' && x !== 'ss_type' && x !== 'state_name' && !x.startsWith('all_') && !x.endsWith('censor')));
        if (missing.length > 0) c.rejected.push({ file: file.name, line, errors: [{ field: '(header)', message: `the header lacks ${missing.join(', ')}; expected COW alliance v4.1 member-level columns: ${COW_ALLIANCE_COLUMNS.join(',')}` }] });
        headerOk = missing.length === 0;
        col = Object.fromEntries(cells.map((h, i) => [h, i]));
        return;
      }
      if (!headerOk) return;
      c.rows += 1;
      if (onLine && c.rows % 1000 === 0) onLine(c.rows);
      const get = (name: string) => cells[col[name] ?? -1];
      const alliance = intCell(get('version4id'));
      const ccode = intCell(get('ccode'));
      if (alliance === null) return void c.rejected.push({ file: file.name, line, errors: [{ field: 'version4id', message: `expected an alliance number, got "${get('version4id') ?? ''}"` }] });
      if (ccode === null) return void c.rejected.push({ file: file.name, line, errors: [{ field: 'ccode', message: `expected a COW state code, got "${get('ccode') ?? ''}"` }] });
      c.add({
        file: file.name,
        line,
        alliance: String(alliance),
        ccode,
        entry: { year: get('mem_st_year'), month: get('mem_st_month'), day: get('mem_st_day') },
        exit: { year: get('mem_end_year'), month: get('mem_end_month'), day: get('mem_end_day') },
        obligations: new Set(FLAGS.filter(([f]) => intCell(get(f)) === 1).map(([, o]) => o)),
      });
    });
  }
  return c.finish();
}
