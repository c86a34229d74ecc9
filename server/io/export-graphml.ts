// The GraphML export: the snapshot at one date, with a typed key for every attribute.
import type { Actor, Relation } from '../../shared/model/schemas.ts';
import { LIST_SEPARATOR } from './csv-columns.ts';
import { attrs, xmlText } from './xml.ts';

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

type KeyType = 'string' | 'boolean';
const NODE_KEYS: [string, KeyType][] = [
  ['name', 'string'],
  ['kind', 'string'],
  ['shortName', 'string'],
  ['founded', 'string'],
  ['dissolved', 'string'],
];
const EDGE_KEYS: [string, KeyType][] = [
  ['type', 'string'],
  ['start', 'string'],
  ['end', 'string'],
  ['event', 'boolean'],
  ['precision', 'string'],
  ['sources', 'string'],
  ['note', 'string'],
];

/** Key ids are prefixed by what they describe: `n_name`, `e_type`, `g_at`. */
const keyId = (scope: 'node' | 'edge' | 'graph', name: string) => `${scope[0]}_${name}`;

function data(scope: 'node' | 'edge', values: Record<string, string | null>): string[] {
  return Object.entries(values)
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([name, value]) => `      <data key="${keyId(scope, name)}">${xmlText(value)}</data>`);
}

export function toGraphml(actors: Actor[], relations: Relation[], snapshot: { at: string; window: number }): string {
  const keys = [
    ...NODE_KEYS.map(([name, type]) => ['node', name, type] as const),
    ...EDGE_KEYS.map(([name, type]) => ['edge', name, type] as const),
    ['graph', 'at', 'string'] as const,
    ['graph', 'window', 'int'] as const,
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd">`,
    ...keys.map(([scope, name, type]) => `  <key${attrs({ id: keyId(scope, name), for: scope, 'attr.name': name, 'attr.type': type })}/>`),
    `  <graph id="alliances-${snapshot.at}" edgedefault="directed">`,
    `    <data key="g_at">${snapshot.at}</data>`,
    `    <data key="g_window">${snapshot.window}</data>`,
    ...actors.flatMap((a) => [
      `    <node${attrs({ id: a.id })}>`,
      ...data('node', { name: a.name, kind: a.kind, shortName: a.shortName, founded: a.founded, dissolved: a.dissolved }),
      '    </node>',
    ]),
    ...relations.flatMap((r) => [
      `    <edge${attrs({ id: r.id, source: r.source, target: r.target })}>`,
      ...data('edge', {
        type: r.type,
        start: r.start,
        end: r.end,
        event: String(r.event),
        precision: r.precision,
        sources: r.sources.join(LIST_SEPARATOR),
        note: r.note,
      }),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
