// ATOP 5.1, member level (atop5_1m.csv; Leeds, Ritter, Mitchell & Long 2002): one row per
// member and phase of an alliance (atopid), with entry (yrent, moent, dayent) and exit
// (yrexit, moexit, dayexit; a zero or empty year: still a member when the data end) and the
// obligation flags defense, offense, neutral, nonagg, consul. Each phase keeps its own dates:
// the 1992 Collective Security Treaty and the 2002 CSTO charter stay two spells.
import { CowStates } from './cow-states.ts';
import { AllianceCollector, readMemberRows } from './alliances.ts';
import type { NamedStream } from './cow-igo.ts';
import type { DatasetPlan } from './dataset-plan.ts';
import { allianceTarget, ATOP_TO_ACTOR } from './org-map.ts';
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
    { source: ATOP_SOURCE, label: 'ATOP', target: (id, entry) => allianceTarget(ATOP_TO_ACTOR, 'ATOP', id, entry) },
    states,
  );
  return readMemberRows(files, c, {
    what: 'ATOP 5.1 member-level',
    columns: ATOP_REQUIRED_COLUMNS,
    required: ATOP_REQUIRED_COLUMNS,
    alliance: { column: 'atopid', noun: 'an ATOP alliance number' },
    member: 'member',
    entry: ['yrent', 'moent', 'dayent'],
    exit: ['yrexit', 'moexit', 'dayexit'],
    flags: FLAGS,
  }, onLine);
}
