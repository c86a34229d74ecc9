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

/**
 * Where the member rows of one alliance go: to `actor` for entries on or after `from` (an ISO
 * date; none: every entry), the last entry that applies winning; an entry before every `from`
 * stays with the alliance's own actor (COW-ALLIANCE-<id>, ATOP-<id>). Dated entries let one
 * treaty whose phases the seeds hold as two actors (the 1992 Collective Security Treaty and the
 * 2002 CSTO) map onto both.
 */
export interface AllianceMapping {
  actor: string;
  from?: string;
}

export type AllianceTable = Readonly<Record<string, readonly AllianceMapping[]>>;

// Only ids checked against a published data row are listed, each with where it was read.
// COW's dyad rows: RandiLGarcia/dyadr, data/alliance.rda (COW Formal Alliances v4.1, the
// dyad file's ended dyads). ATOP's member rows: joshuaalley/arms-allies,
// data/atop-member-level.csv (ATOP 4.01 member level: atopid, cow4id, member, entry, exit,
// phase; no ATOP 5.1 file was found to read, and ATOP keeps an alliance's atopid across
// versions). Left out for want of a row that settles them: COW 350 (ATOP's cow4id for the
// Collective Security Treaty: COW's own member rows were not seen, and a spell from 1992 to
// the data's end cannot be split between CST and CSTO), COW 389 (ATOP's cow4id for the 1996
// Shanghai agreement, which became the SCO in 2001) and COW 393 (Russia-Belarus, 1997).

/** COW Formal Alliances `version4id` → actor. */
export const COW_ALLIANCE_TO_ACTOR: AllianceTable = {
  // The US-West Germany dyad of 227 runs from 23 October 1954 (the Paris accords) to
  // 2 October 1990, a defense pact: West Germany's NATO membership (dyadr, data/alliance.rda);
  // ATOP 4.01's rows of NATO (atopid 3180) give cow4id 227 as well.
  '227': [{ actor: 'NATO' }],
};

/** ATOP `atopid` → actor. */
export const ATOP_TO_ACTOR: AllianceTable = {
  // North Atlantic Treaty: the twelve founders (2 USA, 20 Canada, 200 UK, ...) enter on
  // 4 April 1949; cow4id 227 (arms-allies, data/atop-member-level.csv).
  '3180': [{ actor: 'NATO' }],
  // Collective Security Treaty: phase 1 from 15 May 1992 (365 Russia, 371 Armenia, 702
  // Tajikistan, 703 Kyrgyzstan, 704 Uzbekistan, 705 Kazakhstan; 373 Azerbaijan, 372 Georgia and
  // 370 Belarus in 1993-94), exits of 704, 373 and 372 on 20 April 1999, the others on 7 October
  // 2002; phase 2, the CSTO charter, from 7 October 2002 (704 again 2006-2012).
  '4220': [{ actor: 'CST' }, { actor: 'CSTO', from: '2002-10-07' }],
  // CIS Charter: 22 January 1993 (365, 370, 371, 702-705), 373 Azerbaijan 24 September 1993,
  // 372 Georgia 9 December 1993 to 18 August 2009 (its withdrawal from the CIS).
  '4400': [{ actor: 'CIS' }],
  // Phase 1 is the Shanghai agreement of 26 April 1996 (365, 702, 703, 705, 710 China;
  // non-aggression); phase 2 the SCO from 15 June 2001 (with 704 Uzbekistan; 750 India and 770
  // Pakistan from 10 June 2015). Only phase 2 is the SCO.
  '4810': [{ actor: 'SCO', from: '2001-06-15' }],
  // Russia (365) and Belarus (370): phase 1 the 1997 Union treaty of 2 April 1997, phase 2 from
  // 8 December 1999, the treaty creating the Union State (in force 26 January 2000).
  '4865': [{ actor: 'UNION_STATE', from: '1999-12-08' }],
  // Helsinki Final Act: 1 August 1975 (2 USA, 20 Canada and the European states, 365 Russia
  // and the other successor states from 1992); the CSCE, today's OSCE (COW IGO's CSCE maps
  // there too).
  '3740': [{ actor: 'OSCE' }],
};

/** The actor a member row of `alliance` joins, by the day it enters (see AllianceMapping). */
export function allianceTarget(table: AllianceTable, prefix: string, alliance: string, entry: string): { id: string; mapped: boolean } {
  let id: string | null = null;
  for (const m of table[alliance] ?? []) if (m.from === undefined || m.from <= entry) id = m.actor;
  return id === null ? { id: `${prefix}-${alliance}`, mapped: false } : { id, mapped: true };
}

/** An actor id from a dataset's own label: upper case, URL-safe, at most 64 characters. */
export function datasetActorId(prefix: string, label: string): string {
  const clean = label.toUpperCase().replace(/[^A-Z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${prefix}-${clean || 'X'}`.slice(0, 64);
}
