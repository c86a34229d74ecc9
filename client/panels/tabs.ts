// The side panel's tab strip (Details | Paths | Shifts | Compare | Console): WAI-ARIA tabs
// whose open tab is part of the view state (panel=… in the URL).
import { PANELS, type PanelId } from '../state/view-state.ts';

export class PanelTabs {
  private readonly tabs = new Map<PanelId, HTMLButtonElement>();
  private readonly panels = new Map<PanelId, HTMLElement>();
  private openListeners: ((id: PanelId) => void)[] = [];
  private current: PanelId | null = null;

  constructor(strip: HTMLElement, onPick: (id: PanelId) => void) {
    for (const id of PANELS) {
      const tab = strip.querySelector<HTMLButtonElement>(`[role="tab"][data-panel="${id}"]`);
      const panel = tab ? document.getElementById(tab.getAttribute('aria-controls') ?? '') : null;
      if (!tab || !panel) throw new Error(`The page has no tab and panel for ${id}`);
      this.tabs.set(id, tab);
      this.panels.set(id, panel);
      tab.addEventListener('click', () => onPick(id));
      tab.addEventListener('keydown', (e) => {
        const i = PANELS.indexOf(id);
        const next = e.key === 'ArrowRight' ? PANELS[(i + 1) % PANELS.length] : e.key === 'ArrowLeft' ? PANELS[(i - 1 + PANELS.length) % PANELS.length] : null;
        if (!next) return;
        e.preventDefault();
        onPick(next);
        this.tabs.get(next)?.focus();
      });
    }
  }

  /** Runs once each time a panel opens (for lazy set-up, like the console's editor). */
  onOpen(fn: (id: PanelId) => void): void {
    this.openListeners.push(fn);
  }

  show(id: PanelId): void {
    if (id === this.current) return;
    this.current = id;
    for (const [pid, tab] of this.tabs) {
      const on = pid === id;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = this.panels.get(pid);
      if (panel) panel.hidden = !on;
    }
    document.body.dataset.panel = id;
    for (const fn of this.openListeners) fn(id);
  }
}
