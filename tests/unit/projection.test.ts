// The states-only projection: two states linked by the organizations they share at the date.
import { describe, expect, it } from 'vitest';
import { statesProjection } from '../../client/graph/projection.ts';

const kinds: Record<string, string> = { ARM: 'state', KAZ: 'state', RUS: 'state', UZB: 'state', CSTO: 'organization', EAEU: 'organization', CIS: 'organization' };
const kindOf = (id: string) => kinds[id];
const m = (s: string, o: string, type = 'MEMBER_OF') => ({ source: s, target: o, type });

describe('statesProjection', () => {
  const rels = [
    m('ARM', 'CSTO'),
    m('KAZ', 'CSTO'),
    m('RUS', 'CSTO'),
    m('ARM', 'EAEU'),
    m('KAZ', 'EAEU'),
    m('RUS', 'EAEU'),
    m('UZB', 'CIS'),
    m('RUS', 'CIS'),
    m('UZB', 'CSTO', 'OBSERVER_OF'), // not a membership
    { source: 'RUS', target: 'KAZ', type: 'SUPPORTS' }, // not state→organization
  ];
  it('links states by the number of organizations they share, each pair once, sorted', () => {
    expect(statesProjection(rels, kindOf)).toEqual([
      { a: 'ARM', b: 'KAZ', weight: 2 },
      { a: 'ARM', b: 'RUS', weight: 2 },
      { a: 'KAZ', b: 'RUS', weight: 2 },
      { a: 'RUS', b: 'UZB', weight: 1 },
    ]);
  });
  it('drops links under the threshold', () => {
    expect(statesProjection(rels, kindOf, 2).map((l) => `${l.a}-${l.b}`)).toEqual(['ARM-KAZ', 'ARM-RUS', 'KAZ-RUS']);
    expect(statesProjection(rels, kindOf, 3)).toEqual([]);
  });
  it('counts a duplicated membership once, and has no links without memberships', () => {
    expect(statesProjection([m('ARM', 'CSTO'), m('ARM', 'CSTO'), m('KAZ', 'CSTO')], kindOf)).toEqual([{ a: 'ARM', b: 'KAZ', weight: 1 }]);
    expect(statesProjection([], kindOf)).toEqual([]);
  });
  it('agrees with counting pairs naively on a larger random case', () => {
    let seed = 3;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const k = new Map<string, string>();
    const many: { source: string; target: string; type: string }[] = [];
    for (let s = 0; s < 40; s++) k.set(`S${s}`, 'state');
    for (let o = 0; o < 25; o++) k.set(`O${o}`, 'organization');
    for (let s = 0; s < 40; s++) for (let o = 0; o < 25; o++) if (rnd() < 0.3) many.push(m(`S${s}`, `O${o}`));
    const naive = new Map<string, number>();
    for (const x of many) for (const y of many) if (x.target === y.target && x.source < y.source) naive.set(`${x.source}-${y.source}`, (naive.get(`${x.source}-${y.source}`) ?? 0) + 1);
    const got = statesProjection(many, (id) => k.get(id), 2);
    expect(new Map(got.map((l) => [`${l.a}-${l.b}`, l.weight]))).toEqual(new Map([...naive].filter(([, w]) => w >= 2)));
  });
});
