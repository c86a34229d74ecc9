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

  it('listens on loopback by default, where import needs no token', () => {
    const c = loadConfig({});
    expect(c.host).toBe('127.0.0.1');
    expect(c.http).toMatchObject({ importEnabled: true, importToken: undefined, consoleEnabled: true });
  });

  it('beyond loopback, turns import off unless IMPORT_TOKEN is set', () => {
    for (const HOST of ['0.0.0.0', '::', '192.168.1.5', 'example.org']) {
      const off = loadConfig({ HOST }).http;
      expect(off.importEnabled, HOST).toBe(false);
      expect(off.importDisabledReason).toMatch(/IMPORT_TOKEN/);
    }
    for (const HOST of ['127.0.0.1', '::1', 'localhost', '[::1]', '127.1.2.3']) expect(loadConfig({ HOST }).http.importEnabled, HOST).toBe(true);
    const token = 'a-long-enough-secret-token';
    expect(loadConfig({ HOST: '0.0.0.0', IMPORT_TOKEN: token }).http).toMatchObject({ importEnabled: true, importToken: token });
    expect(loadConfig({ HOST: '0.0.0.0', IMPORT_TOKEN: token, IMPORT_ENABLED: 'false' }).http.importEnabled).toBe(false);
    expect(() => loadConfig({ IMPORT_TOKEN: 'short' })).toThrow(/IMPORT_TOKEN/);
    expect(loadConfig({ CONSOLE_ENABLED: 'false' }).http.consoleEnabled).toBe(false);
  });
});
