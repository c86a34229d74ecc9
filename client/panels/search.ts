// Search: an actor by name or id (the datalist offers "Name (ID)"); centres on it and opens
// its details.
import type { Actor } from '../api/client.ts';
import { h } from '../dom.ts';

/** Every name an actor goes by: its name, short name, id and aliases, lower-cased. */
function namesOf(a: Actor): string[] {
  return [a.name, a.shortName ?? '', a.id, ...(a.aliases ?? [])].map((n) => n.toLowerCase()).filter((n) => n.length > 0);
}

/**
 * The actor a typed text means, ranked: an exact id, name, short name or alias first (so
 * "Collective Security Treaty Organization" is the CSTO, not the 1992 treaty), then a name or
 * alias that starts with the text, then one that holds it.
 */
export function findActor(actors: readonly Actor[], query: string): Actor | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const inParens = /\(([^()]+)\)\s*$/.exec(q)?.[1];
  const exact = actors.find((a) => a.id.toLowerCase() === inParens) ?? actors.find((a) => namesOf(a).includes(q));
  if (exact) return exact;
  return actors.find((a) => namesOf(a).some((n) => n.startsWith(q))) ?? actors.find((a) => namesOf(a).some((n) => n.includes(q))) ?? null;
}

export interface SearchElements {
  form: HTMLElement;
  input: HTMLInputElement;
  message: HTMLElement;
  datalist: HTMLElement;
}

export interface SearchOptions {
  actors: readonly Actor[];
  /** An actor was found: open it (and say so when it is not drawn at the date). */
  onFound(actor: Actor): string;
}

export function mountSearch(els: SearchElements, opts: SearchOptions): void {
  // The datalist offers the aliases too, so "Turkey" completes to Türkiye.
  els.datalist.replaceChildren(
    ...[...opts.actors]
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((a) => [h('option', { value: `${a.name} (${a.id})` }), ...(a.aliases ?? []).map((al) => h('option', { value: `${al} (${a.id})` }))]),
  );
  els.form.addEventListener('submit', (e) => {
    e.preventDefault();
    const a = findActor(opts.actors, els.input.value);
    els.message.textContent = a ? opts.onFound(a) : `No actor matches “${els.input.value}”.`;
  });
}
