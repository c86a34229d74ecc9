// The measures the shifts panel offers, each with a one-line explanation in plain words (the
// formulas and citations are in server/analysis/measures/).
import type { ShiftMethod, SMetric } from '../state/shifts-query.ts';

export interface MethodInfo {
  id: ShiftMethod;
  label: string;
  /** One line, plain language: what the measure counts. */
  explain: string;
  /** Whether the absolute/squared distance applies. */
  metric: boolean;
}

export const METHODS: readonly MethodInfo[] = [
  {
    id: 'alignment',
    label: 'Alignment score (this explorer’s)',
    explain: 'This explorer’s own score: the weights of the ties between a state and the target, plus the organizations both belong to.',
    metric: false,
  },
  {
    id: 's',
    label: 'S (Signorino & Ritter 1999)',
    explain: 'How alike the two portfolios of ties to the same organizations and alliances are, from −1 (opposite) to 1 (identical) (Signorino & Ritter 1999).',
    metric: true,
  },
  {
    id: 'kappa',
    label: 'Weighted kappa (Häge 2011)',
    explain: 'Agreement of the two portfolios beyond what chance would give, so being absent together from most organizations does not count as agreement (Häge 2011).',
    metric: true,
  },
  {
    id: 'jaccard',
    label: 'Jaccard',
    explain: 'The memberships the two share, over all the memberships either of them holds.',
    metric: false,
  },
];

export const METRICS: readonly { id: SMetric; label: string }[] = [
  { id: 'abs', label: 'absolute' },
  { id: 'sq', label: 'squared: big gaps weigh more' },
];

export function methodInfo(id: ShiftMethod): MethodInfo {
  return METHODS.find((m) => m.id === id) ?? (METHODS[0] as MethodInfo);
}

/** "S (absolute distance)", "Jaccard": the measure as a ranking names it. */
export function measureName(id: ShiftMethod, metric: SMetric): string {
  const short = { alignment: 'Alignment', s: 'S', kappa: 'Weighted kappa', jaccard: 'Jaccard' }[id];
  return methodInfo(id).metric ? `${short} (${metric === 'sq' ? 'squared' : 'absolute'} distance)` : short;
}
