// COW Formal Alliances v4.1, member level (alliance_v4.1_by_member.csv; Gibler 2009): one row
// per state and alliance, with the alliance's dates (all_st_*, all_end_*), the member's
// (mem_st_*, mem_end_*) and the obligation flags defense, neutrality, nonaggression, entente.
// A missing end means the alliance was in force when the data end (right_censor).
import { CowStates } from './cow-states.ts';
import { AllianceCollector, readMemberRows } from './alliances.ts';
import type { NamedStream } from './cow-igo.ts';
import type { DatasetPlan } from './dataset-plan.ts';
import { allianceTarget, COW_ALLIANCE_TO_ACTOR } from './org-map.ts';
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
    { source: COW_ALLIANCE_SOURCE, label: 'COW', target: (id, entry) => allianceTarget(COW_ALLIANCE_TO_ACTOR, 'COW-ALLIANCE', id, entry) },
    states,
  );
  return readMemberRows(files, c, {
    what: 'COW alliance v4.1 member-level',
    columns: COW_ALLIANCE_COLUMNS,
    required: COW_ALLIANCE_COLUMNS.filter((x) => x !== 'version' && x !== 'ss_type' && x !== 'state_name' && !x.startsWith('all_') && !x.endsWith('censor')),
    alliance: { column: 'version4id', noun: 'an alliance number' },
    member: 'ccode',
    entry: ['mem_st_year', 'mem_st_month', 'mem_st_day'],
    exit: ['mem_end_year', 'mem_end_month', 'mem_end_day'],
    flags: FLAGS,
  }, onLine);
}
