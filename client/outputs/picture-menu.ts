// The Data menu's "Picture of this view" items: a title, a scale (1x, 2x, 4x), and PNG, SVG
// and Cytoscape JSON (positions kept) downloads of what the graph shows now.
import type { Core } from 'cytoscape';
import { download } from '../data/export.ts';
import { formatDate } from '../dates.ts';
import { h } from '../dom.ts';
import type { BurnIn } from './burn-in.ts';
import type { Shown } from './content.ts';
import { PICTURE_SCALES, picturePng, pictureSvgBlob, viewCytoscapeJson } from './picture.ts';

export interface PictureDeps {
  cy: Core;
  at(): string;
  shown(): Shown;
}

export const DEFAULT_TITLE = 'Alliance explorer';

export function burnInNow(deps: PictureDeps, title: string): BurnIn {
  return { title: title.trim() || DEFAULT_TITLE, date: formatDate(deps.at()), ...deps.shown() };
}

export function mountPictures(menu: HTMLDetailsElement, deps: PictureDeps): void {
  const list = menu.querySelector('.menu-list') ?? menu.appendChild(h('ul', { class: 'menu-list', role: 'list' }));
  const title = h('input', { id: 'picture-title', type: 'text', value: DEFAULT_TITLE, 'aria-label': 'Picture title' });
  const scale = h('select', { id: 'picture-scale', 'aria-label': 'Picture scale' }, ...PICTURE_SCALES.map((s) => h('option', { value: String(s), selected: s === 2 }, `${s}x`)));
  const status = h('span', { id: 'picture-status', role: 'status', 'aria-live': 'polite', class: 'note' });
  const button = (id: string, text: string, run: () => Promise<void> | void) => {
    const b = h('button', { type: 'button', id }, text);
    b.addEventListener('click', () => {
      status.textContent = '';
      Promise.resolve()
        .then(run)
        .then(() => (menu.open = false))
        .catch((err: unknown) => (status.textContent = `Could not export: ${(err as Error).message}`));
    });
    return b;
  };
  const name = (ext: string) => `alliances-${deps.at()}.${ext}`;
  const s = () => Number(scale.value) || 2;
  list.append(
    h('li', { class: 'menu-sep menu-head' }, 'Picture of this view'),
    h('li', { class: 'menu-row' }, h('label', {}, 'Title ', title)),
    h('li', { class: 'menu-row' }, h('label', {}, 'Scale ', scale)),
    h(
      'li',
      { class: 'menu-row menu-buttons' },
      button('picture-png', 'PNG', async () => download(await picturePng(deps.cy, s(), burnInNow(deps, title.value)), name('png'))),
      button('picture-svg', 'SVG', () => download(pictureSvgBlob(deps.cy, s(), burnInNow(deps, title.value)), name('svg'))),
      button('picture-json', 'Cytoscape JSON (positions)', () =>
        download(new Blob([JSON.stringify(viewCytoscapeJson(deps.cy, deps.at()), null, 2)], { type: 'application/json' }), `alliances-view-${deps.at()}.json`),
      ),
    ),
    h('li', { class: 'menu-row' }, status),
    h(
      'li',
      { class: 'menu-sep' },
      (() => {
        const b = h('button', { type: 'button', id: 'video-open' }, 'Replay video…');
        b.addEventListener('click', () => {
          menu.open = false;
          document.getElementById('export-video')?.click();
        });
        return b;
      })(),
    ),
  );
}
