// The table of relations active at the slider's date: a real <table>, sortable by any
// column (aria-sort), filterable by text, and in step with the graph's selection.
import type { Relation } from '../api/client.ts';
import { formatDate } from '../dates.ts';

/** 2002-10-07, or 2024-02 / 1995 when only the month or year is known. */
function isoShort(date: string, precision: 'day' | 'month' | 'year'): string {
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
}
import { h } from '../dom.ts';
import type { Snapshot } from '../snapshot.ts';
import { lookOf } from '../graph/style.ts';

type Column = 'source' | 'type' | 'target' | 'start' | 'end';
const MAX_ROWS = 300;
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const COLUMNS: { key: Column; label: string }[] = [
  { key: 'source', label: 'From' },
  { key: 'type', label: 'Relation' },
  { key: 'target', label: 'To' },
  { key: 'start', label: 'Since' },
  { key: 'end', label: 'Until' },
];

export interface TableElements {
  header: HTMLTableRowElement;
  body: HTMLTableSectionElement;
  filter: HTMLInputElement;
  title: HTMLElement;
  scroll: HTMLElement;
}

export interface TableOptions {
  name(id: string): string;
  onSelect(relationId: string): void;
  /** Every relation the table may show: ranked once per sort column, so a step sorts numbers. */
  all?: readonly Relation[];
}

export class RelationsTable {
  private sortKey: Column = 'start';
  private ascending = true;
  private rows: Relation[] = [];
  private selected: string | null = null;
  /** The row whose button is the table's one tab stop (roving tabindex). */
  private stop: string | null = null;
  private at = '';

  constructor(
    private readonly els: TableElements,
    private readonly opts: TableOptions,
  ) {
    els.filter.addEventListener('input', () => this.draw());
    els.body.addEventListener('keydown', (e) => this.onKey(e));
    els.body.addEventListener('focusin', (e) => {
      const id = (e.target as HTMLElement).closest('tr')?.dataset.relation;
      if (id) this.setStop(id);
    });
    this.drawHeader();
  }

  /** Each relation's place in the ascending order of a column (ties by start, then id), by id. */
  private readonly ranks = new Map<Column, Map<string, number>>();

  /**
   * The rank table of a column, built the first time it is asked for over every relation: a
   * world's step then orders thousands of active rows by number instead of by collation.
   */
  private rankOf(key: Column): Map<string, number> {
    const known = this.ranks.get(key);
    if (known && this.rows.every((r) => known.has(r.id))) return known;
    const pool = new Map<string, Relation>();
    for (const r of this.opts.all ?? []) pool.set(r.id, r);
    for (const r of this.rows) pool.set(r.id, r);
    const list = [...pool.values()].map((r) => ({ r, v: this.value(r, key) }));
    list.sort((a, b) => collator.compare(a.v, b.v) || (a.r.start < b.r.start ? -1 : a.r.start > b.r.start ? 1 : 0) || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0));
    const ranks = new Map(list.map((x, i) => [x.r.id, i]));
    this.ranks.set(key, ranks);
    return ranks;
  }

  update(snapshot: Snapshot, selected: string | null): void {
    this.rows = snapshot.relations;
    this.at = snapshot.at;
    this.selected = selected;
    this.draw();
  }

  private value(r: Relation, key: Column): string {
    switch (key) {
      case 'source':
        return this.opts.name(r.source);
      case 'target':
        return this.opts.name(r.target);
      case 'type':
        return lookOf(r.type).label;
      case 'start':
        return r.start;
      case 'end':
        // Ongoing sorts last.
        return r.end ?? '9999';
    }
  }

  private drawHeader(): void {
    const cells = COLUMNS.map((c) => {
      const active = c.key === this.sortKey;
      const btn = h(
        'button',
        { type: 'button', class: 'sort', title: `Sort by ${c.label.toLowerCase()}` },
        c.label,
        h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (this.ascending ? ' ▲' : ' ▼') : ' ↕'),
      );
      btn.addEventListener('click', () => {
        if (this.sortKey === c.key) this.ascending = !this.ascending;
        else {
          this.sortKey = c.key;
          this.ascending = true;
        }
        this.drawHeader();
        this.draw();
      });
      return h('th', { scope: 'col', 'aria-sort': active ? (this.ascending ? 'ascending' : 'descending') : 'none' }, btn);
    });
    this.els.header.replaceChildren(...cells);
  }

  /** Sort and filter keys per relation: they never change, so they are computed once. */
  private readonly keys = new Map<string, Record<Column, string>>();

  private keysOf(r: Relation): Record<Column, string> {
    let k = this.keys.get(r.id);
    if (!k) {
      k = { source: this.value(r, 'source'), type: this.value(r, 'type'), target: this.value(r, 'target'), start: r.start, end: this.value(r, 'end') };
      this.keys.set(r.id, k);
    }
    return k;
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.els.body.querySelectorAll<HTMLButtonElement>('tr[data-relation] button')];
  }

  private setStop(id: string): void {
    this.stop = id;
    for (const b of this.buttons()) b.tabIndex = b.closest('tr')?.dataset.relation === id ? 0 : -1;
  }

  private onKey(e: KeyboardEvent): void {
    const all = this.buttons();
    const i = all.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const to = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, to))]?.focus();
  }

  private draw(): void {
    const q = this.els.filter.value.trim().toLowerCase();
    const key = this.sortKey;
    const dir = this.ascending ? 1 : -1;
    const matches = (r: Relation): boolean => {
      if (!q) return true;
      const k = this.keysOf(r);
      return COLUMNS.some((c) => k[c.key].toLowerCase().includes(q)) || r.source.toLowerCase().includes(q) || r.target.toLowerCase().includes(q);
    };
    const rank = this.rankOf(key);
    const all = this.rows.filter(matches);
    all.sort((a, b) => ((rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0)) * dir);
    // A world-sized snapshot has thousands of active relations: the first rows are drawn,
    // and the filter narrows the rest (the count says how many there are).
    let shown = all.slice(0, MAX_ROWS);
    const selected = this.selected ? all.find((r) => r.id === this.selected) : undefined;
    if (selected && !shown.includes(selected)) shown = [selected, ...shown];
    const total = all.length;
    const of = total !== this.rows.length ? ` of ${this.rows.length}` : '';
    this.els.title.textContent =
      total > MAX_ROWS
        ? `Active relations on ${formatDate(this.at)} (first ${MAX_ROWS} of ${total}${of}; filter to narrow)`
        : `Active relations on ${formatDate(this.at)} (${total}${of})`;
    // One tab stop for the whole table, so the time bar is not a hundred Tab presses away;
    // the arrow keys move between rows.
    const stopId = [this.stop, this.selected].find((id) => id && shown.some((r) => r.id === id)) ?? shown[0]?.id ?? null;
    const body = shown.map((r) => {
      const look = lookOf(r.type);
      const pick = h(
        'button',
        { type: 'button', class: 'linklike', tabindex: r.id === stopId ? '0' : '-1', 'aria-pressed': r.id === this.selected ? 'true' : 'false' },
        look.label,
      );
      const row = h(
        'tr',
        { 'data-relation': r.id, class: r.id === this.selected ? 'selected' : null, 'aria-current': r.id === this.selected ? 'true' : null },
        h('td', {}, this.opts.name(r.source)),
        h('td', { class: 'rel-cell', style: `--c:${look.color}` }, pick),
        h('td', {}, this.opts.name(r.target)),
        h('td', { class: 'date' }, isoShort(r.start, r.precision)),
        h('td', { class: 'date' }, r.event ? 'event' : r.end ? r.end : 'ongoing'),
      );
      row.addEventListener('click', () => this.opts.onSelect(r.id));
      return row;
    });
    if (!body.length) {
      body.push(h('tr', {}, h('td', { colspan: 5, class: 'empty' }, q ? 'No active relation matches the filter.' : 'No relation is active at this date with these filters.')));
    }
    this.els.body.replaceChildren(...body);
    if (this.selected) {
      const sel = this.els.body.querySelector<HTMLElement>('tr.selected');
      sel?.scrollIntoView({ block: 'nearest' });
    }
  }
}
