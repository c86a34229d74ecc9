// The view as SVG, built from the elements' positions and computed styles (one <g> per drawn
// node and edge, ids kept in data-id), framed by the same bands as the PNG. Built here rather
// than with a canvas-to-SVG plugin so the file stays structured: a reader can find an actor.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { BurnIn, Layout } from './burn-in.ts';
import { KIND_LOOK } from '../graph/style.ts';
import { layerOfCanvas } from '../graph/edge-layer.ts';

const FONT = 'system-ui, DejaVu Sans, sans-serif';

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n2 = (v: number): string => String(Math.round(v * 100) / 100);

function attrs(a: Record<string, string | number | null | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? n2(v) : String(v))}"`)
    .join('');
}

function dashArray(ele: EdgeSingular | NodeSingular, prop: 'line-style' | 'border-style', width: number): string {
  const style = ele.style(prop) as string;
  if (style === 'dotted') return `${n2(width * 0.6)} ${n2(width * 1.6)}`;
  if (style === 'dashed') {
    const pattern = prop === 'line-style' ? (ele.style('line-dash-pattern') as unknown) : null;
    return Array.isArray(pattern) ? pattern.map((p) => n2(parseFloat(String(p)))).join(' ') : '6 4';
  }
  return '';
}

function hexagon(x: number, y: number, w: number, h: number): string {
  return Array.from({ length: 6 }, (_, i) => `${n2(x + (w / 2) * Math.cos((Math.PI / 3) * i))},${n2(y + (h / 2) * Math.sin((Math.PI / 3) * i))}`).join(' ');
}

function nodeSvg(n: NodeSingular): string {
  const { x, y } = n.position();
  const w = n.width();
  const h = n.height();
  const fill = n.style('background-color') as string;
  const stroke = n.style('border-color') as string;
  const bw = n.numericStyle('border-width');
  const shape = n.style('shape') as string;
  const paint = { fill, stroke, 'stroke-width': bw, 'stroke-dasharray': dashArray(n, 'border-style', bw) };
  const body = shape === 'ellipse' ? `<ellipse${attrs({ cx: x, cy: y, rx: w / 2, ry: h / 2, ...paint })}/>` : `<polygon${attrs({ points: hexagon(x, y, w, h), ...paint })}/>`;
  const label = String(n.data('label') ?? '');
  const size = n.numericStyle('font-size');
  const below = (n.style('text-valign') as string) === 'bottom';
  const ty = below ? y + h / 2 + n.numericStyle('text-margin-y') + size * 0.9 : y + size * 0.35;
  const text = label
    ? `<text${attrs({ x, y: ty, 'text-anchor': 'middle', 'font-size': size, 'font-weight': n.style('font-weight') as string, fill: n.style('color') as string, stroke: below ? '#ffffff' : null, 'stroke-width': below ? 3 : null, 'paint-order': below ? 'stroke' : null })}>${esc(label)}</text>`
    : '';
  return `<g${attrs({ class: `node ${n.data('kind') ?? ''}`.trim(), 'data-id': n.id(), opacity: n.effectiveOpacity() })}>${body}${text}</g>`;
}

function arrowHead(shape: string, tip: { x: number; y: number }, from: { x: number; y: number }, size: number, color: string): string {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const px = -uy;
  const py = ux;
  const at = (along: number, across: number) => `${n2(tip.x - ux * along + px * across)},${n2(tip.y - uy * along + py * across)}`;
  if (shape === 'tee') return `<polygon${attrs({ points: [at(size * 0.1, -size * 0.6), at(size * 0.1, size * 0.6), at(size * 0.35, size * 0.6), at(size * 0.35, -size * 0.6)].join(' '), fill: color })}/>`;
  if (shape === 'vee') return `<polygon${attrs({ points: [at(0, 0), at(size, size / 2), at(size * 0.6, 0), at(size, -size / 2)].join(' '), fill: color })}/>`;
  return `<polygon${attrs({ points: [at(0, 0), at(size, size / 2), at(size, -size / 2)].join(' '), fill: color })}/>`;
}

function edgeSvg(e: EdgeSingular): string {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const cps = (e.style('curve-style') as string) === 'haystack' ? [] : (e.controlPoints() ?? []);
  let d = `M${n2(s.x)},${n2(s.y)}`;
  if (!cps.length) d += ` L${n2(t.x)},${n2(t.y)}`;
  else {
    // Cytoscape's bezier edges: quadratic pieces through the midpoints of successive control points.
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i]!;
      const next = cps[i + 1];
      const end = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : t;
      d += ` Q${n2(c.x)},${n2(c.y)} ${n2(end.x)},${n2(end.y)}`;
    }
  }
  const color = e.style('line-color') as string;
  const width = e.numericStyle('width');
  const shape = e.style('target-arrow-shape') as string;
  const line = `<path${attrs({ d, fill: 'none', stroke: color, 'stroke-width': width, 'stroke-dasharray': dashArray(e, 'line-style', width), 'stroke-linecap': e.style('line-cap') as string })}/>`;
  const head = shape && shape !== 'none' ? arrowHead(shape, t, cps.at(-1) ?? s, Math.max(7, width * 3) * e.numericStyle('arrow-scale'), e.style('target-arrow-color') as string) : '';
  return `<g${attrs({ class: 'edge', 'data-id': e.id(), 'data-type': e.data('type') as string, opacity: e.effectiveOpacity() })}>${line}${head}</g>`;
}

/**
 * The batched layer's edges (large graphs), under Cytoscape's: one <g> per batch with its
 * stroke, one <line> per edge crossing the view, ids kept in data-id.
 */
function layerSvg(cy: Core, ext: { x1: number; y1: number; x2: number; y2: number }): string {
  const canvas = cy.container()?.querySelector<HTMLCanvasElement>('canvas[data-id="edge-layer"]');
  const layer = canvas ? layerOfCanvas(canvas) : undefined;
  if (!layer) return '';
  const pos = layer.positions();
  const zoom = cy.zoom();
  const groups = layer.batched().map((b) => {
    const lines: string[] = [];
    for (const e of b.edges) {
      const s = pos.get(e.source);
      const t = pos.get(e.target);
      if (!s || !t) continue;
      if ((s.x < ext.x1 && t.x < ext.x1) || (s.x > ext.x2 && t.x > ext.x2) || (s.y < ext.y1 && t.y < ext.y1) || (s.y > ext.y2 && t.y > ext.y2)) continue;
      lines.push(`<line${attrs({ 'data-id': e.id, 'data-type': e.type, x1: s.x, y1: s.y, x2: t.x, y2: t.y })}/>`);
    }
    if (!lines.length) return '';
    const paint = { stroke: b.color, 'stroke-opacity': b.alpha, 'stroke-width': Math.max(b.width, 1 / zoom), 'stroke-dasharray': b.dash.map((d) => n2(d / zoom)).join(' ') };
    return `<g${attrs({ class: 'layer-batch', ...paint })}>${lines.join('')}</g>`;
  });
  return `<g class="edges layer">${groups.join('')}</g>`;
}

/** Text cut to about `chars` characters (SVG text cannot be measured without a browser). */
function clip(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, Math.floor(chars) - 1))}…`;
}

function bandsSvg(layout: Layout, b: BurnIn): string {
  const u = layout.unit;
  const { header, legend, footer } = layout;
  const parts: string[] = [
    `<rect${attrs({ x: header.x, y: header.y, width: header.w, height: header.h, fill: '#12263f' })}/>`,
    `<text${attrs({ class: 'title', x: 16 * u, y: header.h / 2, 'dominant-baseline': 'middle', 'font-size': 22 * u, fill: '#ffffff' })}>${esc(b.title)}</text>`,
    `<text${attrs({ class: 'date', x: header.w - 16 * u, y: header.h / 2, 'dominant-baseline': 'middle', 'text-anchor': 'end', 'font-size': 30 * u, 'font-weight': 'bold', fill: '#ffffff' })}>${esc(b.date)}</text>`,
    `<rect${attrs({ x: legend.x, y: legend.y, width: legend.w, height: legend.h, fill: '#f6f8fb' })}/>`,
    `<text${attrs({ x: legend.x + 12 * u, y: legend.y + 18 * u, 'dominant-baseline': 'middle', 'font-size': 14 * u, 'font-weight': 'bold', fill: '#12263f' })}>Legend</text>`,
  ];
  let y = legend.y + 40 * u;
  for (const e of b.legend) {
    const x0 = legend.x + 12 * u;
    let mark: string;
    if (e.what === 'actor') {
      const k = KIND_LOOK[e.kind];
      mark =
        e.kind === 'state'
          ? `<circle${attrs({ cx: x0 + 18 * u, cy: y, r: 7 * u, fill: k.fill, stroke: k.border, 'stroke-width': 2 * u })}/>`
          : `<polygon${attrs({ points: hexagon(x0 + 18 * u, y, 16 * u, 16 * u), fill: k.fill, stroke: k.border, 'stroke-width': 2 * u })}/>`;
    } else {
      const dash = e.look.line === 'dashed' ? `${6 * u} ${4 * u}` : e.look.line === 'dotted' ? `${1.5 * u} ${3.5 * u}` : '';
      mark = `<line${attrs({ x1: x0, y1: y, x2: x0 + 36 * u, y2: y, stroke: e.look.color, 'stroke-width': Math.min(e.look.width, 4.5) * u, 'stroke-dasharray': dash })}/>`;
      if (e.look.arrow !== 'none') mark += `<polygon${attrs({ points: `${n2(x0 + 30 * u)},${n2(y - 5 * u)} ${n2(x0 + 39 * u)},${n2(y)} ${n2(x0 + 30 * u)},${n2(y + 5 * u)}`, fill: e.look.color })}/>`;
    }
    parts.push(`<g class="legend-entry">${mark}<text${attrs({ x: x0 + 46 * u, y, 'dominant-baseline': 'middle', 'font-size': 13 * u, fill: '#12263f' })}>${esc(e.label)}</text></g>`);
    y += 22 * u;
  }
  parts.push(
    `<rect${attrs({ x: footer.x, y: footer.y, width: footer.w, height: footer.h, fill: '#eef1f5' })}/>`,
    `<text${attrs({ class: 'credit', x: 16 * u, y: footer.y + footer.h / 2, 'dominant-baseline': 'middle', 'font-size': 12 * u, fill: '#3b4a5e' })}>${esc(clip(b.credit, (footer.w - 32 * u) / (6.6 * u)))}</text>`,
  );
  return parts.join('');
}

/** The current view (what the screen shows, by its viewport) as a standalone SVG document. */
export function pictureSvg(cy: Core, layout: Layout, b: BurnIn): string {
  const ext = cy.extent();
  const drawn = (el: NodeSingular | EdgeSingular) => el.visible() && el.effectiveOpacity() > 0.01;
  const edges = cy.edges().filter(drawn).sort((a, b) => a.numericStyle('z-index') - b.numericStyle('z-index'));
  const nodes = cy.nodes().filter(drawn).sort((a, b) => a.numericStyle('z-index') - b.numericStyle('z-index'));
  const g = layout.graph;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}`, 'font-family': FONT })}>`,
    `<rect${attrs({ width: layout.width, height: layout.height, fill: '#ffffff' })}/>`,
    `<svg${attrs({ class: 'graph', x: g.x, y: g.y, width: g.w, height: g.h, viewBox: `${n2(ext.x1)} ${n2(ext.y1)} ${n2(ext.w)} ${n2(ext.h)}`, preserveAspectRatio: 'xMidYMid meet' })}>`,
    layerSvg(cy, ext),
    `<g class="edges">${edges.map((e) => edgeSvg(e as EdgeSingular)).join('')}</g>`,
    `<g class="nodes">${nodes.map((n) => nodeSvg(n as NodeSingular)).join('')}</g>`,
    '</svg>',
    bandsSvg(layout, b),
    '</svg>',
  ].join('\n');
}
