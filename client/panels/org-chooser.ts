// The chooser of organizations to draw: type to search (the matches list a dozen, with their
// members at the date), pick several; the chosen ones show as removable chips. None chosen
// means every organization is drawn. The choice lives in the URL (orgs=), through onChange.
import type { Actor } from '../api/client.ts';
import { h } from '../dom.ts';
import { matchOrgs } from './org-match.ts';

export interface OrgChooserElements {
  input: HTMLInputElement;
  matches: HTMLElement;
  chosen: HTMLElement;
  all: HTMLButtonElement;
}

export interface OrgChooserOptions {
  /** Organizations and alliances of the dataset. */
  orgs: readonly Actor[];
  /** Members of each organization at the slider's date (for ranking and the counts shown). */
  members(): ReadonlyMap<string, number>;
  onChange(orgs: string[] | null): void;
}

const label = (a: Actor): string => (a.shortName && a.shortName !== a.name ? `${a.shortName} · ${a.name}` : a.name);

export class OrgChooser {
  private current: readonly string[] = [];
  private shown: string | null = null;
  private readonly byId: ReadonlyMap<string, Actor>;

  constructor(
    private readonly els: OrgChooserElements,
    private readonly opts: OrgChooserOptions,
  ) {
    this.byId = new Map(opts.orgs.map((a) => [a.id, a]));
    els.input.addEventListener('input', () => this.list());
    els.input.addEventListener('focus', () => this.list());
    els.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        // Enter picks the first match, as a search box does.
        e.preventDefault();
        const first = els.matches.querySelector<HTMLButtonElement>('button[data-org]');
        if (first) this.add(first.dataset.org ?? '');
      } else if (e.key === 'ArrowDown') {
        e.preventDefault();
        els.matches.querySelector<HTMLButtonElement>('button[data-org]')?.focus();
      } else if (e.key === 'Escape') {
        els.matches.replaceChildren();
        els.input.setAttribute('aria-expanded', 'false');
      }
    });
    els.matches.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-org]');
      if (b) this.add(b.dataset.org ?? '');
    });
    els.matches.addEventListener('keydown', (e) => {
      const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-org]');
      if (!b) return;
      const li = b.closest('li');
      if (e.key === 'ArrowDown') (li?.nextElementSibling?.querySelector('button') as HTMLButtonElement | null)?.focus();
      else if (e.key === 'ArrowUp') ((li?.previousElementSibling?.querySelector('button') as HTMLButtonElement | null) ?? els.input).focus();
      else return;
      e.preventDefault();
    });
    els.chosen.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-remove]');
      if (!b) return;
      const next = this.current.filter((id) => id !== b.dataset.remove);
      opts.onChange(next.length > 0 ? next : null);
    });
    els.all.addEventListener('click', () => opts.onChange(null));
  }

  /** Shows the chosen organizations (null: all). */
  show(orgs: readonly string[] | null): void {
    const key = (orgs ?? []).join(',');
    if (key === this.shown) return;
    this.shown = key;
    this.current = orgs ?? [];
    this.els.all.disabled = this.current.length === 0;
    this.els.chosen.replaceChildren(
      ...(this.current.length === 0
        ? [h('span', { class: 'note' }, 'All organizations are drawn.')]
        : this.current.map((id) => {
            const a = this.byId.get(id);
            return h(
              'span',
              { class: 'org-chip', 'data-org': id },
              a?.shortName ?? a?.name ?? id,
              h('button', { type: 'button', class: 'linklike', 'data-remove': id, 'aria-label': `Stop drawing ${a ? label(a) : id}`, title: 'Remove' }, '×'),
            );
          })),
    );
    if (document.activeElement === this.els.input) this.list();
  }

  private add(id: string): void {
    if (!this.byId.has(id) || this.current.includes(id)) return;
    this.opts.onChange([...this.current, id]);
    this.els.input.value = '';
    this.els.matches.replaceChildren();
    this.els.input.setAttribute('aria-expanded', 'false');
    this.els.input.focus();
  }

  private list(): void {
    const found = matchOrgs(this.opts.orgs, this.els.input.value, this.opts.members(), this.current);
    this.els.input.setAttribute('aria-expanded', String(found.length > 0));
    this.els.matches.replaceChildren(
      ...(found.length === 0 && this.els.input.value.trim()
        ? [h('li', { class: 'note' }, `No organization matches “${this.els.input.value.trim()}”.`)]
        : found.map(({ actor, members }) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', 'data-org': actor.id, class: 'org-match' },
                label(actor),
                h('span', { class: 'org-meta' }, `${actor.kind === 'alliance' ? 'alliance · ' : ''}${members} member${members === 1 ? '' : 's'}`),
              ),
            ),
          )),
    );
  }
}
