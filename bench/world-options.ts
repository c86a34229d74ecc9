// The world the issue sizes the targets for: about every state's IGO memberships since 1945.
export const WORLD_OPTIONS = { states: 200, orgs: 500, spells: 40_000, events: 10_000, seed: 1 };
