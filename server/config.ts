// The one place that reads process.env: validated configuration with defaults that work
// on a fresh machine (embedded engine, in memory, port 3000).
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
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
  CONSOLE_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(60),
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
  /** Whether POST /api/import may change the graph (it has no authentication of its own). */
  importEnabled: boolean;
}

export const DEFAULT_CONSOLE: ConsoleConfig = { timeoutMs: 5_000, maxRows: 5_000, maxQueryLength: 10_000, rateLimitPerMinute: 60 };
export const DEFAULT_HTTP: HttpConfig = { corsOrigins: [], importEnabled: true };

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
      importEnabled: e.IMPORT_ENABLED,
    },
  };
}
