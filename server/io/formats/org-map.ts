// Imported organizations and alliances that the seeds already hold map onto those actors, so
// the dataset's memberships join the seed's (COW IGO's `NATO` is our NATO). Extend the tables
// here; an entry not listed gets its own id (IGO-<abbreviation>, COW-ALLIANCE-<id>, ATOP-<id>).
// Keys are upper-cased COW IGO abbreviations (`ioname`, the state-year file's column names).
export const IGO_TO_ACTOR: Readonly<Record<string, string>> = {
  UN: 'UN',
  NATO: 'NATO',
  EU: 'EU',
  CIS: 'CIS',
  SCO: 'SCO',
  CSTO: 'CSTO',
  OSCE: 'OSCE',
  CSCE: 'OSCE',
  GUAM: 'GUAM',
  EAEU: 'EAEU',
  EEU: 'EAEU',
};

/** COW Formal Alliances `version4id` → actor id. Empty until someone checks an id against the codebook. */
export const COW_ALLIANCE_TO_ACTOR: Readonly<Record<string, string>> = {};

/** ATOP `atopid` → actor id. Empty until someone checks an id against the codebook. */
export const ATOP_TO_ACTOR: Readonly<Record<string, string>> = {};

/** An actor id from a dataset's own label: upper case, URL-safe, at most 64 characters. */
export function datasetActorId(prefix: string, label: string): string {
  const clean = label.toUpperCase().replace(/[^A-Z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${prefix}-${clean || 'X'}`.slice(0, 64);
}
