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
  SEED_ON_START: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  LOG_LEVEL: z.enum(['silent', 'error', 'info']).default('info'),
});

export type EngineConfig =
  | { kind: 'grafeo'; dataDir?: string }
  | { kind: 'neo4j'; uri: string; user: string; password: string; database?: string };

export interface Config {
  port: number;
  host: string;
  engine: EngineConfig;
  seedOnStart: boolean;
  logLevel: 'silent' | 'error' | 'info';
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
  return { port: e.PORT, host: e.HOST, engine, seedOnStart: e.SEED_ON_START, logLevel: e.LOG_LEVEL };
}
