// Builds the OpenAPI 3.1 document from the contracts (server/contracts/): parameters and bodies from the
// same zod schemas the routes validate with, answers from the model's schemas.
import type { Answer, Contract } from '../contracts/contract.ts';
import { COMPONENTS, CONTRACTS } from '../contracts/endpoints.ts';
import { jsonSchemaOf, parametersOf, type JsonSchema } from './query-params.ts';

/** /api/actors/:id → /api/actors/{id} */
export const openApiPath = (expressPath: string) => expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

const operationId = (op: Contract) =>
  op.method +
  op.path
    .replace(/^\/api/, '')
    .split(/[/.]/)
    .filter(Boolean)
    .map((part) => part.replace(/^:/, 'by-'))
    .map((part) => part.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()))
    .join('');

/**
 * zod writes recursive parts (a JSON value, say) as `$defs` with `#/$defs/...` refs, which in
 * an OpenAPI document would point at its root: move them into components.schemas.
 */
class Definitions {
  readonly schemas: Record<string, JsonSchema> = {};
  private count = 0;

  hoist(schema: JsonSchema): JsonSchema {
    const { $defs, ...rest } = schema as JsonSchema & { $defs?: Record<string, JsonSchema> };
    if (!$defs) return schema;
    const names = new Map(Object.keys($defs).map((k) => [k, `Shared${++this.count}`]));
    const rewrite = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(rewrite);
      if (v === null || typeof v !== 'object') return v;
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => {
          const m = k === '$ref' && typeof x === 'string' ? /^#\/\$defs\/(.+)$/.exec(x) : null;
          return [k, m ? `#/components/schemas/${names.get(m[1] as string)}` : rewrite(x)];
        }),
      );
    };
    for (const [k, def] of Object.entries($defs)) this.schemas[names.get(k) as string] = rewrite(def) as JsonSchema;
    return rewrite(rest) as JsonSchema;
  }
}

function answer(a: Answer, defs: Definitions): JsonSchema {
  if (a.files) return { description: a.description, content: Object.fromEntries(a.files.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }])) };
  const media: JsonSchema = { schema: a.schema ? defs.hoist(jsonSchemaOf(a.schema, 'input')) : {} };
  if (a.example !== undefined) media.example = a.example;
  return { description: a.description, content: { 'application/json': media } };
}

function operation(op: Contract, defs: Definitions): JsonSchema {
  const parameters = [
    ...(op.params ? parametersOf(op.params.shape as Record<string, never>, 'path', op.examples, op.descriptions) : []),
    ...(op.query ? parametersOf(op.query.shape as Record<string, never>, 'query', op.examples, op.descriptions) : []),
  ];
  const out: JsonSchema = { operationId: operationId(op), tags: [op.tag], summary: op.summary };
  if (op.description) out.description = op.description;
  if (parameters.length > 0) out.parameters = parameters;
  if (op.body) {
    const content: JsonSchema = { 'application/json': { schema: defs.hoist(jsonSchemaOf(op.body.schema, 'input')), example: op.body.example } };
    for (const [type, description] of Object.entries(op.body.raw ?? {})) {
      content[type] = { schema: { type: 'string', contentMediaType: type, description } };
    }
    out.requestBody = { required: true, content };
  }
  out.responses = Object.fromEntries(Object.entries(op.answers).map(([status, a]) => [status, answer(a, defs)]));
  return out;
}

export function openApiDocument(operations: readonly Contract[] = CONTRACTS): JsonSchema {
  const defs = new Definitions();
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) {
    const p = (paths[openApiPath(op.path)] ??= {});
    p[op.method] = operation(op, defs);
  }
  const models = Object.fromEntries(Object.entries(COMPONENTS).map(([name, s]) => [name, defs.hoist(jsonSchemaOf(s, 'input'))]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Alliance explorer API',
      version: '0.1.0',
      description:
        'A temporal graph of states and international organizations. Dates are YYYY-MM-DD; a relation is active when ' +
        'start <= t < end; errors answer { error: { code, message, details? } }.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: { ...models, ...defs.schemas } },
  };
}
