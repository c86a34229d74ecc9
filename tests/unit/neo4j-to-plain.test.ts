// The Neo4j adapter's value mapping, fed values made by neo4j-driver itself.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { recordToRow, toPlain } from '../../server/engine/neo4j/to-plain.ts';

const { Node, Relationship, Path, PathSegment, Date: Neo4jDate, DateTime, Record } = neo4j.types;

describe('toPlain (Neo4j driver values)', () => {
  it('turns driver Integers into numbers, and huge ones into exact strings', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns a Cypher date into YYYY-MM-DD and a datetime into ISO text', () => {
    expect(toPlain(new Neo4jDate(2002, 10, 7))).toBe('2002-10-07');
    expect(toPlain(new DateTime(2022, 1, 5, 12, 0, 0, 0, 0))).toBe('2022-01-05T12:00:00Z');
  });

  it('maps nodes, relationships and paths to the embedded engine shapes', () => {
    const arm = new Node(neo4j.int(1), ['Actor', 'State'], { id: 'ARM', name: 'Armenia' }, 'e:1');
    const csto = new Node(neo4j.int(2), ['Actor', 'Organization'], { id: 'CSTO', founded: new Neo4jDate(2002, 10, 7) }, 'e:2');
    const rel = new Relationship(
      neo4j.int(7),
      neo4j.int(1),
      neo4j.int(2),
      'MEMBER_OF',
      { id: 'arm-csto', start: new Neo4jDate(2002, 10, 7), sources: ['a'], rank: neo4j.int(3) },
      'r:7',
      'e:1',
      'e:2',
    );
    expect(toPlain(arm)).toEqual({ _id: 'e:1', _labels: ['Actor', 'State'], id: 'ARM', name: 'Armenia' });
    expect(toPlain(csto)).toEqual({ _id: 'e:2', _labels: ['Actor', 'Organization'], id: 'CSTO', founded: '2002-10-07' });
    expect(toPlain(rel)).toEqual({
      _id: 'r:7',
      _type: 'MEMBER_OF',
      _source: 'e:1',
      _target: 'e:2',
      id: 'arm-csto',
      start: '2002-10-07',
      sources: ['a'],
      rank: 3,
    });
    const path = new Path(arm, csto, [new PathSegment(arm, rel, csto)]);
    const plain = toPlain(path) as { nodes: { id: string }[]; relationships: { id: string }[] };
    expect(plain.nodes.map((n) => n.id)).toEqual(['ARM', 'CSTO']);
    expect(plain.relationships.map((r) => r.id)).toEqual(['arm-csto']);
  });

  it('maps lists and maps inside rows, and a whole Record by column', () => {
    const record = new Record(['n', 'dates'], [neo4j.int(2), [new Neo4jDate(2015, 1, 1), null]]);
    expect(recordToRow(record)).toEqual({ n: 2, dates: ['2015-01-01', null] });
    expect(toPlain({ nested: { when: new Neo4jDate(2024, 2, 22) } })).toEqual({ nested: { when: '2024-02-22' } });
  });

  it('never lets a driver Integer ({low, high}) reach JSON', () => {
    const json = JSON.stringify(toPlain({ a: neo4j.int(5), b: [neo4j.int(6)] }));
    expect(json).toBe('{"a":5,"b":[6]}');
  });
});
