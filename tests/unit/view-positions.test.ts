// Dragged positions and chosen organizations in the URL: compact, rounded, bounded, and
// malformed text dropped rather than breaking the page.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, MAX_URL_POS, parseState, sameState, serializeState, type Positions } from '../../client/state/view-state.ts';

describe('pos= in the URL', () => {
  it('writes only the moved actors, rounded, ids sorted, readable', () => {
    const q = serializeState({ ...DEFAULT_STATE, pos: { UZB: { x: 3.4, y: -7.6 }, KAZ: { x: 12.5, y: -40 } } });
    expect(q).toBe('?pos=KAZ:13,-40;UZB:3,-8');
    expect(parseState(q).pos).toEqual({ KAZ: { x: 13, y: -40 }, UZB: { x: 3, y: -8 } });
  });

  it('drops malformed entries and keeps the good ones', () => {
    expect(parseState('?pos=KAZ:1,2;<x>:3,4;UZB:a,b;TJK:1e9,0;KGZ:-5.5,6').pos).toEqual({ KAZ: { x: 1, y: 2 }, KGZ: { x: -5, y: 6 } });
    expect(parseState('?pos=nothing').pos).toBeNull();
  });

  it('leaves positions out of a link past the bound, but still tells the states apart', () => {
    const many: Positions = {};
    for (let i = 0; i < 400; i++) many[`A${i}`] = { x: i * 10, y: -i * 10 };
    const s = { ...DEFAULT_STATE, pos: many };
    expect(serializeState(s)).toBe('');
    expect(sameState(s, DEFAULT_STATE)).toBe(false);
    const few = { ...DEFAULT_STATE, pos: { KAZ: { x: 1, y: 2 } } };
    expect(serializeState(few).length).toBeLessThan(MAX_URL_POS);
  });
});

describe('orgs= in the URL', () => {
  it('round-trips the chosen organizations; an empty or bad list means all', () => {
    expect(parseState('?orgs=CSTO,SCO').orgs).toEqual(['CSTO', 'SCO']);
    expect(serializeState({ ...DEFAULT_STATE, orgs: ['CSTO', 'SCO'] })).toBe('?orgs=CSTO,SCO');
    expect(parseState('?orgs=').orgs).toBeNull();
    expect(parseState('?orgs=<b>').orgs).toBeNull();
  });
});
