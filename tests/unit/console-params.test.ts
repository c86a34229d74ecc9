// The console's parameters box and $at: checked JSON, and the slider's date unless given.
import { describe, expect, it } from 'vitest';
import { bindAt, parseParams } from '../../client/panels/console-params.ts';
import { cellText } from '../../client/panels/console-rows.ts';

describe('console parameters', () => {
  it('reads a JSON object, and says what is wrong with anything else', () => {
    expect(parseParams('')).toEqual({ ok: true, params: {} });
    expect(parseParams('{"id": "ARM", "n": 2}')).toEqual({ ok: true, params: { id: 'ARM', n: 2 } });
    const bad = parseParams('{"id": ');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/not valid JSON/);
    expect(parseParams('[1, 2]')).toMatchObject({ ok: false, message: expect.stringMatching(/JSON object/) });
    expect(parseParams('{"1x": 2}')).toMatchObject({ ok: false, message: expect.stringMatching(/parameter name/) });
  });

  it('binds $at to the slider date as a date, unless the parameters give it', () => {
    const q = 'MATCH (a)-[r]->(b) WHERE r.start <= $at AND (r.end IS NULL OR $at < r.end) RETURN r';
    const bound = bindAt(q, {}, '2010-06-01');
    expect(bound.params).toEqual({ at: '2010-06-01' });
    expect(bound.query).toBe('MATCH (a)-[r]->(b) WHERE r.start <= date($at) AND (r.end IS NULL OR date($at) < r.end) RETURN r');
    expect(bindAt(q, { at: '1999-01-01' }, '2010-06-01')).toMatchObject({ at: '1999-01-01', params: { at: '1999-01-01' } });
    expect(bindAt('RETURN date($at) AS d', {}, '2010-06-01').query).toBe('RETURN date($at) AS d');
    expect(bindAt('RETURN $atlas', {}, '2010-06-01')).toEqual({ query: 'RETURN $atlas', params: {}, at: null });
    expect(bindAt('RETURN $at', { at: 5 }, '2010-06-01')).toEqual({ query: 'RETURN $at', params: { at: 5 }, at: null });
  });

  it('shows a relationship with its start and end', () => {
    expect(cellText({ id: 'r1', source: 'ARM', target: 'CSTO', type: 'MEMBER_OF', start: '2002-10-07', end: null })).toBe('(ARM)-[:MEMBER_OF]->(CSTO) since 2002-10-07');
    expect(cellText({ id: 'r1', source: 'UZB', target: 'CSTO', type: 'MEMBER_OF', start: '2006-06-23', end: '2012-12-19' })).toBe(
      '(UZB)-[:MEMBER_OF]->(CSTO) 2006-06-23 – 2012-12-19',
    );
  });
});
