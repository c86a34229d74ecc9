// Search by name, id or another name (aliases), exact matches first.
import { describe, expect, it } from 'vitest';
import { findActor } from '../../client/panels/search.ts';
import type { Actor } from '../../client/api/client.ts';

const actor = (id: string, name: string, aliases: string[] = [], shortName: string | null = null): Actor => ({
  id,
  name,
  kind: 'organization',
  shortName,
  aliases,
  founded: null,
  dissolved: null,
});
const actors = [
  actor('CST', 'Collective Security Treaty (Tashkent Treaty)', ['Tashkent Treaty']),
  actor('CSTO', 'Collective Security Treaty Organization', ['Collective Security Treaty Organisation', 'ODKB']),
  actor('TUR', 'Türkiye', ['Turkey']),
  actor('USA', 'United States', ['America', 'US']),
];

describe('finding an actor', () => {
  it('finds actors by their other names', () => {
    expect(findActor(actors, 'america')?.id).toBe('USA');
    expect(findActor(actors, 'Turkey')?.id).toBe('TUR');
    expect(findActor(actors, 'odkb')?.id).toBe('CSTO');
  });

  it('ranks an exact name or alias before a name that merely starts with the text', () => {
    expect(findActor(actors, 'Collective Security Treaty Organization')?.id).toBe('CSTO');
    expect(findActor(actors, 'Collective Security Treaty Organisation')?.id).toBe('CSTO');
    expect(findActor(actors, 'Collective Security Treaty')?.id).toBe('CST');
    expect(findActor(actors, 'Türkiye (TUR)')?.id).toBe('TUR');
    expect(findActor(actors, 'Turk')?.id).toBe('TUR');
    expect(findActor(actors, 'nothing like it')).toBeNull();
  });
});
