// The formats the import dialog offers: this explorer's CSV files, and the field's published
// datasets as they are downloaded (read by server/io/formats/), each with a line saying what
// it is and the file name it comes as.
import type { DatasetFormat } from '../api/datasets.ts';

export type ImportFormat = 'csv' | DatasetFormat;

export interface ImportFormatInfo {
  id: ImportFormat;
  label: string;
  /** One line: what the file holds. */
  describe: string;
  /** The file name it is published as. */
  file: string;
}

export const IMPORT_FORMATS: readonly ImportFormatInfo[] = [
  {
    id: 'csv',
    label: 'This explorer’s CSV',
    describe: 'relations.csv (source, target, type, start, end, precision, event, sources, note), with optional actors.csv and sources.csv; rows merge on their ids.',
    file: 'relations.csv',
  },
  {
    id: 'cow-igo',
    label: 'COW IGO v3, state-year',
    describe: 'Correlates of War intergovernmental organizations: one row per state and year, one column per organization (1 full member, 2 associate, 3 observer).',
    file: 'state_year_formatv3.csv',
  },
  {
    id: 'cow-alliances',
    label: 'COW Formal Alliances v4.1, member level',
    describe: 'Correlates of War alliances: one row per member of each alliance, with its dates and obligations (defense, neutrality, non-aggression, entente).',
    file: 'alliance_v4.1_by_member.csv',
  },
  {
    id: 'atop',
    label: 'ATOP 5.1, member level',
    describe: 'Alliance Treaty Obligations and Provisions: one row per member and phase of each treaty, with entry and exit dates and obligations.',
    file: 'atop5_1m.csv',
  },
];

export function importFormat(id: string): ImportFormatInfo {
  return IMPORT_FORMATS.find((f) => f.id === id) ?? (IMPORT_FORMATS[0] as ImportFormatInfo);
}
