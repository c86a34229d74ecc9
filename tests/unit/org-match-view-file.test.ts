// The chooser's search over organizations, and reading a view exported as JSON back.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../client/api/client.ts';
import { movedFrom, parseViewFile } from '../../client/graph/drag-positions.ts';
import { matchOrgs } from '../../client/panels/org-match.ts';

const org = (id: string, name: string, shortName: string | null = null, kind: Actor['kind'] = 'organization'): Actor => ({ id, name, kind, shortName, aliases: [], founded: null, dissolved: null });
const orgs = [
  org('CSTO', 'Collective Security Treaty Organization', 'CSTO'),
  org('CIS', 'Commonwealth of Independent States', 'CIS'),
  org('SCO', 'Shanghai Cooperation Organisation', 'SCO'),
  org('RIO', 'Inter-American Treaty of Reciprocal Assistance', 'Rio Treaty', 'alliance'),
];
const members = new Map([
  ['CSTO', 6],
  ['CIS', 9],
  ['SCO', 8],
  ['RIO', 20],
]);

describe('matchOrgs', () => {
  it('ranks an exact short name first, then a word that starts with the text, then any part', () => {
    expect(matchOrgs(orgs, 'cis', members).map((m) => m.actor.id)).toEqual(['CIS']);
    expect(matchOrgs(orgs, 'co', members).map((m) => m.actor.id)).toEqual(['CIS', 'SCO', 'CSTO']);
    expect(matchOrgs(orgs, 'treaty', members).map((m) => m.actor.id)).toEqual(['RIO', 'CSTO']);
  });

  it('lists the largest at the date for an empty text, leaving out the chosen ones, at most the limit', () => {
    expect(matchOrgs(orgs, '', members, ['RIO'], 2).map((m) => [m.actor.id, m.members])).toEqual([
      ['CIS', 9],
      ['SCO', 8],
    ]);
  });

  it('stays a short list over hundreds of organizations', () => {
    const many = Array.from({ length: 530 }, (_, i) => org(`O${i}`, `Organization number ${i}`));
    expect(matchOrgs(many, 'organization', new Map()).length).toBe(12);
  });
});

describe('parseViewFile', () => {
  it('reads the positions, date and filters of an export', () => {
    const read = parseViewFile(JSON.stringify({ at: '2013-06-01', filters: { types: ['MEMBER_OF', 'BOGUS'], kinds: null, hideIsolated: false }, positions: { KAZ: { x: 1.4, y: 2 } }, nodes: [] }));
    expect(read).toEqual({ ok: true, positions: { KAZ: { x: 1.4, y: 2 } }, patch: { at: '2013-06-01', types: ['MEMBER_OF'], kinds: null, hideIsolated: false } });
  });

  it('reads the chosen organizations and the minimum members when an export carries them', () => {
    const read = parseViewFile(JSON.stringify({ filters: { orgs: ['CSTO'], minMembers: 3 }, positions: { KAZ: { x: 1, y: 2 } } }));
    expect(read).toMatchObject({ ok: true, patch: { orgs: ['CSTO'], minMembers: 3 } });
  });

  it('says why a file is not a view', () => {
    expect(parseViewFile('not json')).toMatchObject({ ok: false, message: expect.stringContaining('not JSON') });
    expect(parseViewFile('{"positions": {"KAZ": {"x": "a"}}}')).toMatchObject({ ok: false, message: expect.stringContaining('not a view') });
    expect(parseViewFile('{"at": "2010-01-01"}')).toMatchObject({ ok: false, message: expect.stringContaining('no positions') });
  });

  it('keeps only the actors moved from where the layout put them, rounded', () => {
    const laidOut = new Map([
      ['KAZ', { x: 10, y: 10 }],
      ['UZB', { x: 0, y: 0 }],
    ]);
    expect(movedFrom({ KAZ: { x: 10.2, y: 10 }, UZB: { x: 30.6, y: -4 }, XXX: { x: 1, y: 1 } }, laidOut)).toEqual({ UZB: { x: 31, y: -4 } });
  });
});
