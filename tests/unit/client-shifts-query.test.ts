// The shifts panel's query in the URL (measure, distance, relative-to), the API parameters
// it becomes, and the decomposition labels split into words and number.
import { describe, expect, it } from 'vitest';
import { normalShiftsQuery, parseShiftsQuery, shiftsParams } from '../../client/state/shifts-query.ts';
import { DEFAULT_STATE, parseState, serializeState } from '../../client/state/view-state.ts';
import { labelParts } from '../../client/panels/shift-parts.ts';
import { measureValue, signedMeasure } from '../../client/panels/shifts.ts';

describe('shifts query', () => {
  it('keeps the measure, the distance and the second actor in the URL, and reads them back', () => {
    const shifts = { target: 'CHN', from: '2015-01-01', to: '2025-06-01', method: 's' as const, sMetric: 'sq' as const, relativeTo: 'USA' };
    const q = serializeState({ ...DEFAULT_STATE, shifts });
    expect(q).toBe('?shifts=CHN,2015-01-01,2025-06-01&method=s&sMetric=sq&relativeTo=USA');
    expect(parseState(q).shifts).toEqual(shifts);
  });

  it('leaves defaults out, so an older link reads as the alignment score', () => {
    expect(serializeState({ ...DEFAULT_STATE, shifts: { target: 'CHN', from: '2010-01-01', to: '2020-01-01', method: 'alignment', sMetric: 'abs' } })).toBe('?shifts=CHN,2010-01-01,2020-01-01');
    expect(parseState('?shifts=CHN,2010-01-01,2020-01-01').shifts).toEqual({ target: 'CHN', from: '2010-01-01', to: '2020-01-01' });
  });

  it('drops what does not apply: a distance for Jaccard, a second actor for the alignment score or equal to the target', () => {
    expect(normalShiftsQuery({ target: 'CHN', from: '2010-01-01', to: '2020-01-01', method: 'jaccard', sMetric: 'sq' })).toEqual({ target: 'CHN', from: '2010-01-01', to: '2020-01-01', method: 'jaccard' });
    expect(normalShiftsQuery({ target: 'CHN', from: '2010-01-01', to: '2020-01-01', relativeTo: 'USA' })).toEqual({ target: 'CHN', from: '2010-01-01', to: '2020-01-01' });
    expect(normalShiftsQuery({ target: 'CHN', from: '2010-01-01', to: '2020-01-01', method: 's', relativeTo: 'CHN' }).relativeTo).toBeUndefined();
  });

  it('ignores malformed parts of a link', () => {
    const p = (s: string) => parseShiftsQuery(new URLSearchParams(s));
    expect(p('shifts=CHN,2010-01-01,2020-01-01&method=pagerank&sMetric=cube&relativeTo=<b>')).toEqual({ target: 'CHN', from: '2010-01-01', to: '2020-01-01' });
    expect(p('shifts=CHN,2020-01-01,2010-01-01&method=s')).toBeNull();
    expect(p('method=s')).toBeNull();
  });

  it('asks the API with its own parameter names', () => {
    expect(shiftsParams({ target: 'CHN', from: '2010-01-01', to: '2020-01-01' })).toEqual({ toward: 'CHN', from: '2010-01-01', to: '2020-01-01' });
    expect(shiftsParams({ target: 'CHN', from: '2010-01-01', to: '2020-01-01', method: 'kappa', relativeTo: 'USA' })).toEqual({
      toward: 'CHN',
      from: '2010-01-01',
      to: '2020-01-01',
      method: 'kappa',
      sMetric: 'abs',
      relativeTo: 'USA',
    });
  });
});

describe('measure labels', () => {
  it('splits the server\'s words from its number, and they join back to its text', () => {
    for (const text of ['joined SCO: +0.040', 'NATO: chance agreement moved: −0.455', 'loosened its tie to CIS (3→1): +0.222', 'no number']) {
      const [words, num] = labelParts(text);
      expect(words + num).toBe(text);
    }
    expect(labelParts('joined SCO: +0.040')).toEqual(['joined SCO:', ' +0.040']);
  });

  it('writes values to 3 decimals with real minus signs', () => {
    expect(signedMeasure(0.16666)).toBe('+0.167');
    expect(signedMeasure(-0.05555)).toBe('−0.056');
    expect(signedMeasure(0)).toBe('0');
    expect(measureValue(null)).toBe('n/a');
    expect(measureValue(-0.5)).toBe('−0.5');
  });
});
