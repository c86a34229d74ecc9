// Search: an actor by name or id (the datalist offers "Name (ID)"); centres on it and opens
// its details.
import type { Actor } from '../api/client.ts';
import { h } from '../dom.ts';

/** The actor a typed text means: an exact id or name first, then a name that starts with or holds it. */
export function findActor(actors: readonly Actor[], query: string): Actor | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const inParens = /\(([^()]+)\)\s*$/.exec(q)?.[1];
  const exact = actors.find((a) => a.id.toLowerCase() === q || a.id.toLowerCase() === inParens || a.name.toLowerCase() === q || a.shortName?.toLowerCase() === q);
  if (exact) return exact;
  return actors.find((a) => a.name.toLowerCase().startsWith(q)) ?? actors.find((a) => a.name.toLowerCase().includes(q) || (a.shortName ?? '').toLowerCase().includes(q)) ?? null;
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
  els.datalist.replaceChildren(...[...opts.actors].sort((a, b) => a.name.localeCompare(b.name)).map((a) => h('option', { value: `${a.name} (${a.id})` })));
  els.form.addEventListener('submit', (e) => {
    e.preventDefault();
    const a = findActor(opts.actors, els.input.value);
    els.message.textContent = a ? opts.onFound(a) : `No actor matches “${els.input.value}”.`;
  });
}
