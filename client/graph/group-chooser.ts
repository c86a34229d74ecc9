// The small chooser of the organizations drawn as groups: "Show groups" on or off, and one
// checkbox per organization (the chosen ones first, each with its group's colour).
import type { Actor } from '../api/client.ts';
import { h } from '../dom.ts';
import { GROUP_COLOURS } from './groups.ts';

export function mountGroupChooser(
  els: { on: HTMLInputElement; list: HTMLElement },
  opts: { organizations: readonly Actor[]; defaults: readonly string[]; onChange(groups: string[]): void },
): { show(groups: readonly string[]): void } {
  let shown: string | null = null;
  let current: readonly string[] = [];
  const label = (a: Actor): string => (a.shortName && a.shortName !== a.name ? `${a.shortName} · ${a.name}` : a.name);
  els.on.addEventListener('change', () => opts.onChange(els.on.checked ? [...(opts.defaults.length ? opts.defaults : opts.organizations.slice(0, 4).map((a) => a.id))] : []));
  els.list.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const id = box.value;
    opts.onChange(box.checked ? [...current.filter((g) => g !== id), id] : current.filter((g) => g !== id));
  });
  return {
    show(groups) {
      const key = groups.join(',');
      if (key === shown) return;
      shown = key;
      current = groups;
      els.on.checked = groups.length > 0;
      const chosen = groups.map((id) => opts.organizations.find((a) => a.id === id)).filter((a): a is Actor => a !== undefined);
      const rest = opts.organizations.filter((a) => !groups.includes(a.id)).sort((a, b) => (a.shortName ?? a.name).localeCompare(b.shortName ?? b.name));
      els.list.replaceChildren(
        ...[...chosen, ...rest].map((a) => {
          const i = groups.indexOf(a.id);
          const box = h('input', { type: 'checkbox', value: a.id }) as HTMLInputElement;
          box.checked = i >= 0;
          const swatch = h('span', { class: 'group-swatch' });
          swatch.style.background = i >= 0 ? (GROUP_COLOURS[i % GROUP_COLOURS.length] ?? '#555') : 'transparent';
          return h('label', {}, box, swatch, label(a));
        }),
      );
    },
  };
}
