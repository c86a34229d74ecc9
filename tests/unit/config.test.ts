// Configuration from the environment: defaults that work on a fresh machine, Neo4j on request.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded engine in memory on port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.engine).toEqual({ kind: 'grafeo', dataDir: undefined });
    expect(c.seedOnStart).toBe(true);
  });

  it('keeps the embedded graph in GRAPH_DATA_DIR when set', () => {
    expect(loadConfig({ GRAPH_DATA_DIR: '/tmp/g' }).engine).toEqual({ kind: 'grafeo', dataDir: '/tmp/g' });
  });

  it('switches to Neo4j when NEO4J_URI is set, including Aura URIs', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'db' });
    expect(c.engine).toEqual({ kind: 'neo4j', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p', database: 'db' });
  });

  it('treats an empty NEO4J_URI as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }).engine.kind).toBe('grafeo');
  });

  it('refuses a bad port or URI with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI/);
  });
});
