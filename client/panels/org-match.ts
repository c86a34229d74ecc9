// Which organizations a typed text means, for the chooser of organizations to draw: pure, so
// it is tested without a page. With ~530 organizations the chooser lists a few matches, not
// a checkbox each.
import type { Actor } from '../api/client.ts';

export interface OrgMatch {
  actor: Actor;
  /** Active members at the slider's date. */
  members: number;
}

/** How well an organization's names match: 0 exact, 1 starts with, 2 holds, null no match. */
function rank(a: Actor, q: string): number | null {
  const names = [a.id, a.shortName ?? '', a.name, ...(a.aliases ?? [])].map((n) => n.toLowerCase()).filter((n) => n.length > 0);
  if (names.includes(q)) return 0;
  if (names.some((n) => n.startsWith(q) || n.split(/[\s()-]+/).some((w) => w.startsWith(q)))) return 1;
  if (names.some((n) => n.includes(q))) return 2;
  return null;
}

/**
 * The organizations (and alliances) matching `query`, best first (exact, then a word that
 * starts with it, then any part), larger ones first within a rank; chosen ones are left out.
 * An empty query lists the largest at the date. At most `limit`.
 */
export function matchOrgs(
  orgs: readonly Actor[],
  query: string,
  members: ReadonlyMap<string, number>,
  chosen: readonly string[] = [],
  limit = 12,
): OrgMatch[] {
  const q = query.trim().toLowerCase();
  const skip = new Set(chosen);
  const out: (OrgMatch & { rank: number })[] = [];
  for (const actor of orgs) {
    if (skip.has(actor.id)) continue;
    const r = q ? rank(actor, q) : 0;
    if (r !== null) out.push({ actor, members: members.get(actor.id) ?? 0, rank: r });
  }
  out.sort((a, b) => a.rank - b.rank || b.members - a.members || (a.actor.shortName ?? a.actor.name).localeCompare(b.actor.shortName ?? b.actor.name));
  return out.slice(0, limit).map(({ actor, members: n }) => ({ actor, members: n }));
}
