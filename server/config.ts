// The one place that reads process.env: validated configuration with defaults that work
// on a fresh machine (embedded engine, in memory, port 3000).
import { z } from 'zod';
import type { ServerLimits } from './http/http-server.ts';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // Loopback by default: a fresh `npm start` is for this machine. Docker sets 0.0.0.0.
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: optionalString.pipe(
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://')
      .optional(),
  ),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_DATABASE: optionalString,
  GRAPH_DATA_DIR: optionalString,
  SEEDS_DIR: optionalString,
  SEED_ON_START: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('info'),
  // The read-only Cypher console (POST /api/cypher) and the HTTP edge.
  CONSOLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  CONSOLE_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(5_000),
  CONSOLE_MAX_QUERY_LENGTH: z.coerce.number().int().min(16).max(100_000).default(10_000),
  CONSOLE_MAX_MEMORY_MB: z.coerce.number().int().min(64).max(1_000_000).default(512),
  CONSOLE_MAX_BYTES: z.coerce.number().int().min(1_000).max(500_000_000).default(8_000_000),
  CONSOLE_SLOTS_PER_CLIENT: z.coerce.number().int().min(1).max(64).default(2),
  IMPORT_ENABLED: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  CONSOLE_ENABLED: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  // Needed (as Authorization: Bearer <token>) to import when set, and to import at all beyond loopback.
  IMPORT_TOKEN: optionalString.pipe(z.string().min(16, 'IMPORT_TOKEN must be at least 16 characters').optional()),
  CONSOLE_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(60),
  // Heavy analysis (centrality history) runs in worker threads, bounded in time and number.
  ANALYSIS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  ANALYSIS_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  // Limits of the HTTP server itself (server/http/http-server.ts).
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(1_000),
  CORS_ORIGIN: optionalString.pipe(
    z
      .string()
      .regex(/^https?:\/\/[^\s,]+(,\s*https?:\/\/[^\s,]+)*$/, 'CORS_ORIGIN must be one origin or a comma list, like https://example.org')
      .optional(),
  ),
});

export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

/** Bounds of the read-only console. */
export interface ConsoleConfig {
  timeoutMs: number;
  maxRows: number;
  maxQueryLength: number;
  /** Console requests per minute per client address; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** A console query's process is stopped past this much memory (embedded engine). */
  maxMemoryMb?: number;
  /** An answer's rows are cut at about this many bytes of JSON. */
  maxBytes?: number;
  /** Console queries one client address may run at once (of the 4 the console runs). */
  slotsPerClient?: number;
}

/** The HTTP edge: which other origins may call the API (none unless configured). */
export interface HttpConfig {
  corsOrigins: string[];
  /** Whether POST /api/import may change the graph. */
  importEnabled: boolean;
  /** Why import is off, when it is (the 403's message). */
  importDisabledReason?: string;
  /** When set, an import must send it as `Authorization: Bearer <token>`. */
  importToken?: string;
  /** Whether POST /api/cypher answers (403 when not). */
  consoleEnabled?: boolean;
}

/** Whether the server listens on this machine only. */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * Import is off when IMPORT_ENABLED says so, and when the server listens beyond loopback
 * without an IMPORT_TOKEN: anyone who can reach it could otherwise rewrite the graph.
 */
function importSetting(enabled: boolean, host: string, token: string | undefined): Pick<HttpConfig, 'importEnabled' | 'importDisabledReason' | 'importToken'> {
  if (!enabled) return { importEnabled: false, importDisabledReason: 'Importing is turned off on this server (IMPORT_ENABLED=false).' };
  if (token === undefined && !isLoopback(host)) {
    return {
      importEnabled: false,
      importDisabledReason: `Importing is turned off: this server listens beyond this machine (HOST=${host}) and has no IMPORT_TOKEN. Set IMPORT_TOKEN (and send it as Authorization: Bearer <token>), or listen on 127.0.0.1.`,
    };
  }
  return { importEnabled: true, importToken: token };
}

/** Heavy analysis in worker threads (server/analysis/worker/). */
export interface AnalysisConfig {
  /** Stop one task (and its worker) after this long. */
  timeoutMs: number;
  /** Tasks that may run at once; more are refused with 503. */
  workers: number;
}

export const DEFAULT_ANALYSIS: AnalysisConfig = { timeoutMs: 10_000, workers: 2 };
export const DEFAULT_CONSOLE: ConsoleConfig = { timeoutMs: 5_000, maxRows: 5_000, maxQueryLength: 10_000, rateLimitPerMinute: 60 };
export const DEFAULT_HTTP: HttpConfig = { corsOrigins: [], importEnabled: true, consoleEnabled: true };

export type EngineConfig =
  | { kind: 'grafeo'; dataDir?: string }
  | { kind: 'neo4j'; uri: string; user: string; password: string; database?: string };

export interface Config {
  port: number;
  host: string;
  engine: EngineConfig;
  seedOnStart: boolean;
  /** The folder of seed scripts loaded at start and by npm run seed (default: seeds/). */
  seedsDir?: string;
  logLevel: LogLevel;
  console: ConsoleConfig;
  http: HttpConfig;
  analysis: AnalysisConfig;
  server: ServerLimits;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const engine: EngineConfig = e.NEO4J_URI
    ? { kind: 'neo4j', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
    : { kind: 'grafeo', dataDir: e.GRAPH_DATA_DIR };
  return {
    port: e.PORT,
    host: e.HOST,
    engine,
    seedOnStart: e.SEED_ON_START,
    seedsDir: e.SEEDS_DIR,
    logLevel: e.LOG_LEVEL,
    console: {
      timeoutMs: e.CONSOLE_TIMEOUT_MS,
      maxRows: e.CONSOLE_MAX_ROWS,
      maxQueryLength: e.CONSOLE_MAX_QUERY_LENGTH,
      rateLimitPerMinute: e.CONSOLE_RATE_LIMIT,
      maxMemoryMb: e.CONSOLE_MAX_MEMORY_MB,
      maxBytes: e.CONSOLE_MAX_BYTES,
      slotsPerClient: e.CONSOLE_SLOTS_PER_CLIENT,
    },
    http: {
      corsOrigins: e.CORS_ORIGIN ? e.CORS_ORIGIN.split(',').map((o) => o.trim()) : [],
      ...importSetting(e.IMPORT_ENABLED, e.HOST, e.IMPORT_TOKEN),
      consoleEnabled: e.CONSOLE_ENABLED,
    },
    analysis: { timeoutMs: e.ANALYSIS_TIMEOUT_MS, workers: e.ANALYSIS_WORKERS },
    server: {
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.HTTP_MAX_CONNECTIONS,
    },
  };
}
