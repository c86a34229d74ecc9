// The GEXF 1.3 export for Gephi: a dynamic graph (timeformat date) in which every
// organization and every relation carries its spell, so Gephi's timeline replays the
// network. Spells are half-open like the API's intervals (`endopen`); an event's spell
// lasts the event window. States have no spell: they are there throughout.
import { visibleUntil } from '../../shared/time/temporal.ts';
import type { Actor, Relation } from '../../shared/model/schemas.ts';
import { LIST_SEPARATOR } from './csv-columns.ts';
import type { GraphData } from './graph-data.ts';
import { attrs } from './xml.ts';

export const GEXF_NS = 'http://gexf.net/1.3';

const NODE_ATTRIBUTES = [
  ['kind', 'string'],
  ['shortName', 'string'],
] as const;
const EDGE_ATTRIBUTES = [
  ['type', 'string'],
  ['sources', 'string'],
  ['note', 'string'],
  ['precision', 'string'],
  ['event', 'boolean'],
] as const;

function declare(cls: 'node' | 'edge', list: readonly (readonly [string, string])[]): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...list.map(([id, type]) => `      <attribute${attrs({ id, title: id, type })}/>`),
    '    </attributes>',
  ];
}

function attvalues(values: Record<string, string | null>): string[] {
  const set = Object.entries(values).filter((e): e is [string, string] => e[1] !== null);
  if (set.length === 0) return [];
  return ['        <attvalues>', ...set.map(([key, value]) => `          <attvalue${attrs({ for: key, value })}/>`), '        </attvalues>'];
}

function spell(start: string | null, end: string | null): string[] {
  if (start === null && end === null) return [];
  return ['        <spells>', `          <spell${attrs({ start, endopen: end })}/>`, '        </spells>'];
}

function node(a: Actor): string[] {
  return [
    `      <node${attrs({ id: a.id, label: a.name })}>`,
    ...attvalues({ kind: a.kind, shortName: a.shortName }),
    ...spell(a.founded, a.dissolved),
    '      </node>',
  ];
}

function edge(r: Relation, windowDays: number): string[] {
  return [
    `      <edge${attrs({ id: r.id, source: r.source, target: r.target, label: r.type })}>`,
    ...attvalues({
      type: r.type,
      sources: r.sources.join(LIST_SEPARATOR),
      note: r.note,
      precision: r.precision,
      event: String(r.event),
    }),
    ...spell(r.start, visibleUntil(r, windowDays)),
    '      </edge>',
  ];
}

export function toGexf(data: GraphData, options: { windowDays: number; generated: string }): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NS} ${GEXF_NS}/gexf.xsd" version="1.3">`,
    `  <meta${attrs({ lastmodifieddate: options.generated })}>`,
    '    <creator>alliance explorer</creator>',
    `    <description>States and international organizations and their dated relations; an event is shown for ${options.windowDays} days.</description>`,
    '  </meta>',
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">',
    ...declare('node', NODE_ATTRIBUTES),
    ...declare('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...data.actors.flatMap(node),
    '    </nodes>',
    '    <edges>',
    ...data.relations.flatMap((r) => edge(r, options.windowDays)),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
