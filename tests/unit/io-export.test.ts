// The export formats, parsed back with a real XML parser and a real unzip: every node, edge
// and spell is there, and names and notes with quotes, <, &, commas, newlines and non-Latin
// letters survive.
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toCsvFiles, toCsvZip } from '../../server/io/export-csv.ts';
import { toCytoscape } from '../../server/io/export-cytoscape.ts';
import { toGexf } from '../../server/io/export-gexf.ts';
import { toGraphml } from '../../server/io/export-graphml.ts';
import { graphDataAt, type GraphData } from '../../server/io/graph-data.ts';
import { planImport } from '../../server/io/plan-import.ts';

const tricky = 'Say "hi" <b>&amp; co</b>, then\nnew line — Ўзбекистон, 中文, عربى';
const data: GraphData = {
  actors: [
    { id: 'AAA', name: tricky, kind: 'state', shortName: null, aliases: [], founded: null, dissolved: null },
    { id: 'BBB', name: 'Betaland', kind: 'state', shortName: null, aliases: ['Beta', 'Land of B'], founded: null, dissolved: null },
    { id: 'ORG', name: 'The Org', kind: 'organization', shortName: 'O&G', aliases: [], founded: '2000-01-01', dissolved: '2020-01-01' },
  ],
  relations: [
    { id: 'r1', source: 'AAA', target: 'ORG', type: 'MEMBER_OF', start: '2000-01-01', end: '2010-06-15', precision: 'day', event: false, sources: ['s1', 's2'], note: tricky },
    { id: 'r2', source: 'BBB', target: 'ORG', type: 'MEMBER_OF', start: '2005-03-01', end: null, precision: 'month', event: false, sources: ['s1'], note: '' },
    { id: 'r3', source: 'BBB', target: 'AAA', type: 'SOUGHT_AID_FROM', start: '2010-06-15', end: null, precision: 'day', event: true, sources: ['s2'], note: 'asks' },
  ],
  sources: [
    { id: 's1', title: 'A "title", with <comma>', author: 'Ann', publisher: null, published: '2020', url: 'https://example.org/?a=1&b=2' },
    { id: 's2', title: 'Второй', author: null, publisher: null, published: null, url: null },
  ],
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['node', 'edge', 'attvalue', 'attribute', 'attributes', 'spell', 'key', 'data'].includes(name),
});

type El = Record<string, unknown>;
const list = (v: unknown) => (v ?? []) as El[];

describe('GEXF export', () => {
  const doc = parser.parse(toGexf(data, { windowDays: 30, generated: '2025-01-01' })) as { gexf: El };
  const graph = doc.gexf.graph as El;
  const nodes = list((graph.nodes as El).node);
  const edges = list((graph.edges as El).edge);
  const values = (el: El) => Object.fromEntries(list((el.attvalues as El | undefined)?.attvalue).map((a) => [a.for, a.value]));
  const spells = (el: El) => list((el.spells as El | undefined)?.spell);

  it('is a dynamic GEXF 1.3 graph with dates', () => {
    expect(doc.gexf).toMatchObject({ version: '1.3', xmlns: 'http://gexf.net/1.3' });
    expect(graph).toMatchObject({ mode: 'dynamic', timeformat: 'date', defaultedgetype: 'directed' });
    const declared = list(graph.attributes).flatMap((a) => list(a.attribute).map((x) => `${a.class}:${x.id}`));
    expect(declared).toEqual(expect.arrayContaining(['node:kind', 'edge:type', 'edge:sources', 'edge:note']));
  });

  it('has every actor with its kind, and an organization with its lifespan as a spell', () => {
    expect(nodes.map((n) => n.id)).toEqual(['AAA', 'BBB', 'ORG']);
    expect(nodes[0]?.label).toBe(tricky);
    expect(values(nodes[0] as El)).toEqual({ kind: 'state' });
    expect(spells(nodes[0] as El)).toEqual([]);
    expect(values(nodes[2] as El)).toEqual({ kind: 'organization', shortName: 'O&G' });
    expect(spells(nodes[2] as El)).toEqual([{ start: '2000-01-01', endopen: '2020-01-01' }]);
  });

  it('has every relation with its spell (open when it has not ended, the window for an event) and attributes', () => {
    expect(edges.map((e) => [e.id, e.source, e.target, e.label])).toEqual([
      ['r1', 'AAA', 'ORG', 'MEMBER_OF'],
      ['r2', 'BBB', 'ORG', 'MEMBER_OF'],
      ['r3', 'BBB', 'AAA', 'SOUGHT_AID_FROM'],
    ]);
    expect(edges.map((e) => spells(e))).toEqual([
      [{ start: '2000-01-01', endopen: '2010-06-15' }],
      [{ start: '2005-03-01' }],
      [{ start: '2010-06-15', endopen: '2010-07-15' }],
    ]);
    expect(values(edges[0] as El)).toEqual({ type: 'MEMBER_OF', sources: 's1;s2', note: tricky, precision: 'day', event: 'false' });
    expect(values(edges[2] as El)).toMatchObject({ event: 'true' });
  });
});

describe('GraphML export', () => {
  const snap = graphDataAt(data, '2008-01-01', 365);
  const doc = parser.parse(toGraphml(snap.actors, snap.relations, { at: '2008-01-01', window: 365 })) as { graphml: El };
  const graph = doc.graphml.graph as El;
  const keys = new Map(list(doc.graphml.key).map((k) => [k.id, k]));
  const dataOf = (el: El) => Object.fromEntries(list(el.data).map((d) => [(keys.get(d.key) as El)['attr.name'], d['#text'] ?? '']));

  it('declares a typed key for every attribute it uses', () => {
    for (const k of keys.values()) expect(['string', 'boolean', 'int']).toContain(k['attr.type']);
    const used = [...list(graph.node), ...list(graph.edge)].flatMap((el) => list(el.data).map((d) => d.key));
    for (const key of used) expect(keys.has(key)).toBe(true);
    expect(keys.get('e_event')).toMatchObject({ for: 'edge', 'attr.type': 'boolean' });
  });

  it('holds the snapshot at the date: the actors then, and the relations active then', () => {
    expect(graph.edgedefault).toBe('directed');
    expect(list(graph.node).map((n) => n.id)).toEqual(['AAA', 'BBB', 'ORG']);
    expect(list(graph.edge).map((e) => e.id)).toEqual(['r1', 'r2']);
    expect(dataOf(list(graph.node)[0] as El)).toMatchObject({ name: tricky, kind: 'state' });
    expect(dataOf(list(graph.edge)[0] as El)).toMatchObject({ type: 'MEMBER_OF', start: '2000-01-01', end: '2010-06-15', note: tricky, sources: 's1;s2' });
  });

  it('leaves out what has ended, but draws the ends of a relation still active', () => {
    const later = graphDataAt(data, '2021-01-01', 365);
    expect(later.relations.map((r) => r.id)).toEqual(['r2']);
    expect(later.actors.map((a) => a.id)).toEqual(['AAA', 'BBB', 'ORG']);
    const before = graphDataAt(data, '1999-01-01', 365);
    expect([before.actors.map((a) => a.id), before.relations]).toEqual([['AAA', 'BBB'], []]);
  });
});

describe('CSV export', () => {
  it('zips actors.csv, relations.csv and sources.csv that the importer reads back into the same data', () => {
    const files = unzipSync(toCsvZip(data));
    expect(Object.keys(files).sort()).toEqual(['actors.csv', 'relations.csv', 'sources.csv']);
    const text = (name: string) => strFromU8(files[name] as Uint8Array);
    expect(text('relations.csv').split('\n')[0]).toBe('id,source,target,type,start,end,precision,event,sources,note');
    const plan = planImport(
      { relations: text('relations.csv'), actors: text('actors.csv'), sources: text('sources.csv') },
      { actorIds: new Set(), sourceIds: new Set(), relations: new Map() },
    );
    expect(plan.rejected).toEqual([]);
    // An empty aliases cell reads as "keep what the graph has" (null).
    expect(plan.actors).toEqual(data.actors.map((a) => ({ ...a, aliases: a.aliases.length ? a.aliases : null })));
    expect(plan.sources).toEqual(data.sources);
    expect(plan.relations).toEqual(data.relations);
  });

  it('quotes cells with commas, quotes and newlines', () => {
    expect(toCsvFiles(data).actors).toContain(`"${tricky.replaceAll('"', '""')}"`);
  });
});

describe('Cytoscape JSON export', () => {
  it("is Cytoscape's elements format, all history or a snapshot", () => {
    const all = toCytoscape(data.actors, data.relations, null);
    expect(all.elements.nodes.map((n) => n.data.id)).toEqual(['AAA', 'BBB', 'ORG']);
    expect(all.elements.edges[0]?.data).toMatchObject({ id: 'r1', source: 'AAA', target: 'ORG', type: 'MEMBER_OF', start: '2000-01-01', end: '2010-06-15' });
    const snap = graphDataAt(data, '2010-07-01', 365);
    expect(toCytoscape(snap.actors, snap.relations, { at: '2010-07-01', window: 365 }).elements.edges.map((e) => e.data.id)).toEqual(['r2', 'r3']);
  });
});
