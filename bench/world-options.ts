// The world the issue sizes the targets for: about every state's IGO memberships since 1945.
export const WORLD_OPTIONS = { states: 200, orgs: 500, spells: 40_000, events: 10_000, seed: 1 };
// The profile shaped like the COW IGO v3 data (server/generate/igo.ts): the reference for scale.
export const IGO_OPTIONS = { seed: 1 };
