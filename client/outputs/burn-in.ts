// What a picture or a video frame carries besides the graph: a title, the date, the legend of
// what is visible and a credit line naming the sources. The layout and the contents are pure
// (tested in Node); drawBurnIn paints them on a 2D canvas.
import type { Actor, Relation, Source } from '../api/client.ts';
import { KIND_LOOK, lookOf, TYPE_ORDER, type RelationLook } from '../graph/style.ts';
import type { Kind } from '../state/view-state.ts';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where each part goes on a width × height picture; `unit` scales the bands and the text. */
export interface Layout {
  width: number;
  height: number;
  unit: number;
  header: Rect;
  graph: Rect;
  legend: Rect;
  footer: Rect;
}

/** Band sizes at unit 1 (CSS pixels of a 1x picture; a 720p frame). */
export const BANDS = { header: 64, footer: 30, legend: 210 } as const;

export function frameLayout(width: number, height: number, unit: number): Layout {
  const header = Math.round(BANDS.header * unit);
  const footer = Math.round(BANDS.footer * unit);
  const legend = Math.round(BANDS.legend * unit);
  const graphH = Math.max(1, height - header - footer);
  return {
    width,
    height,
    unit,
    header: { x: 0, y: 0, w: width, h: header },
    graph: { x: 0, y: header, w: Math.max(1, width - legend), h: graphH },
    legend: { x: width - legend, y: header, w: legend, h: graphH },
    footer: { x: 0, y: height - footer, w: width, h: footer },
  };
}

/** A video frame: the bands grow with the frame's height (unit 1 at 720p). */
export function videoLayout(width: number, height: number): Layout {
  return frameLayout(width, height, height / 720);
}

/** A picture of a graph view of cw × ch CSS pixels at `scale`: the view keeps its size, the bands go around it. */
export function pictureLayout(cw: number, ch: number, scale: number): Layout {
  const width = Math.round((cw + BANDS.legend) * scale);
  const height = Math.round((ch + BANDS.header + BANDS.footer) * scale);
  return frameLayout(width, height, scale);
}

/** Where an image of w × h goes inside a rect: scaled to fit, centred. */
export function fitInto(w: number, h: number, r: Rect): Rect {
  const s = Math.min(r.w / Math.max(1, w), r.h / Math.max(1, h));
  const fw = w * s;
  const fh = h * s;
  return { x: r.x + (r.w - fw) / 2, y: r.y + (r.h - fh) / 2, w: fw, h: fh };
}

export type LegendEntry = { what: 'relation'; type: string; label: string; look: RelationLook } | { what: 'actor'; kind: Kind; label: string };

/** The legend of what is shown: the relation types drawn (in the legend's usual order) and the actor kinds. */
export function legendFor(relations: readonly Pick<Relation, 'type'>[], actors: readonly Pick<Actor, 'kind'>[]): LegendEntry[] {
  const types = new Set(relations.map((r) => r.type));
  const order = [...TYPE_ORDER, ...[...types].filter((t) => !(TYPE_ORDER as readonly string[]).includes(t)).sort()];
  const kinds = new Set(actors.map((a) => a.kind));
  return [
    ...(['state', 'organization'] as const).filter((k) => kinds.has(k)).map((k): LegendEntry => ({ what: 'actor', kind: k, label: KIND_LOOK[k].label })),
    ...order.filter((t) => types.has(t)).map((t): LegendEntry => ({ what: 'relation', type: t, label: lookOf(t).label, look: lookOf(t) })),
  ];
}

/** A source's name in a credit line: its publisher (without "(repost …)" notes), else its author, else its id. */
export function sourceShortName(s: Pick<Source, 'id' | 'publisher' | 'author'>): string {
  const publisher = s.publisher?.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return publisher || s.author || s.id;
}

/** "Sources: A, B, C" for the sources the relations cite, most cited first, at most `max` names. */
export function creditLine(relations: readonly Pick<Relation, 'sources'>[], sources: ReadonlyMap<string, Source>, max = 8): string {
  const count = new Map<string, number>();
  for (const r of relations) {
    for (const id of r.sources) {
      const s = sources.get(id);
      const name = s ? sourceShortName(s) : id;
      count.set(name, (count.get(name) ?? 0) + 1);
    }
  }
  const names = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  if (!names.length) return 'Alliance explorer';
  const shown = names.slice(0, max).join(', ');
  const more = names.length > max ? ` and ${names.length - max} more` : '';
  return `Alliance explorer · sources: ${shown}${more}`;
}

export interface BurnIn {
  title: string;
  /** The date as shown ("1 Jan 2014"). */
  date: string;
  legend: LegendEntry[];
  credit: string;
}

export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const INK = '#12263f';
const FONT = 'system-ui, "DejaVu Sans", sans-serif';

function dash(look: RelationLook, u: number): number[] {
  return look.line === 'dashed' ? [6 * u, 4 * u] : look.line === 'dotted' ? [1.5 * u, 3.5 * u] : [];
}

/** Text cut with an ellipsis to fit `max` pixels. */
function fitText(ctx: Ctx2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > max) t = t.slice(0, -1);
  return `${t}…`;
}

/** Paints the bands (header with title and date, legend column, footer with the credit) on `ctx`. */
export function drawBurnIn(ctx: Ctx2D, layout: Layout, b: BurnIn): void {
  const u = layout.unit;
  const { header, legend, footer } = layout;
  ctx.save();
  ctx.fillStyle = INK;
  ctx.fillRect(header.x, header.y, header.w, header.h);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${Math.round(30 * u)}px ${FONT}`;
  ctx.textAlign = 'right';
  const dateX = header.w - 16 * u;
  ctx.fillText(b.date, dateX, header.h / 2);
  const dateW = ctx.measureText(b.date).width;
  ctx.textAlign = 'left';
  ctx.font = `${Math.round(22 * u)}px ${FONT}`;
  ctx.fillText(fitText(ctx, b.title, Math.max(0, dateX - dateW - 48 * u)), 16 * u, header.h / 2);

  ctx.fillStyle = '#f6f8fb';
  ctx.fillRect(legend.x, legend.y, legend.w, legend.h);
  ctx.fillStyle = '#d0d7e2';
  ctx.fillRect(legend.x, legend.y, Math.max(1, u), legend.h);
  ctx.fillStyle = INK;
  ctx.font = `bold ${Math.round(14 * u)}px ${FONT}`;
  ctx.fillText('Legend', legend.x + 12 * u, legend.y + 18 * u);
  const row = 22 * u;
  let y = legend.y + 18 * u + row;
  ctx.font = `${Math.round(13 * u)}px ${FONT}`;
  for (const e of b.legend) {
    if (y > legend.y + legend.h - row / 2) break;
    const x0 = legend.x + 12 * u;
    if (e.what === 'actor') {
      const k = KIND_LOOK[e.kind];
      ctx.beginPath();
      if (e.kind === 'state') ctx.arc(x0 + 18 * u, y, 7 * u, 0, Math.PI * 2);
      else for (let i = 0; i < 6; i++) ctx[i ? 'lineTo' : 'moveTo'](x0 + 18 * u + 8 * u * Math.cos((Math.PI / 3) * i), y + 8 * u * Math.sin((Math.PI / 3) * i));
      ctx.closePath();
      ctx.fillStyle = k.fill;
      ctx.fill();
      ctx.lineWidth = 2 * u;
      ctx.strokeStyle = k.border;
      ctx.setLineDash([]);
      ctx.stroke();
    } else {
      ctx.beginPath();
      ctx.moveTo(x0, y);
      ctx.lineTo(x0 + 36 * u, y);
      ctx.strokeStyle = e.look.color;
      ctx.lineWidth = Math.min(e.look.width, 4.5) * u;
      ctx.setLineDash(dash(e.look, u));
      ctx.stroke();
      ctx.setLineDash([]);
      if (e.look.arrow !== 'none') {
        ctx.beginPath();
        ctx.moveTo(x0 + 30 * u, y - 5 * u);
        ctx.lineTo(x0 + 39 * u, y);
        ctx.lineTo(x0 + 30 * u, y + 5 * u);
        ctx.closePath();
        ctx.fillStyle = e.look.color;
        ctx.fill();
      }
    }
    ctx.fillStyle = INK;
    ctx.fillText(fitText(ctx, e.label, legend.w - 66 * u), x0 + 46 * u, y);
    y += row;
  }

  ctx.fillStyle = '#eef1f5';
  ctx.fillRect(footer.x, footer.y, footer.w, footer.h);
  ctx.fillStyle = '#3b4a5e';
  ctx.font = `${Math.round(12 * u)}px ${FONT}`;
  ctx.fillText(fitText(ctx, b.credit, footer.w - 32 * u), 16 * u, footer.y + footer.h / 2);
  ctx.restore();
}
