// Turns a route's zod query (or path) schema into OpenAPI parameters. A query value arrives
// as text and the schemas parse it in steps (text → checked text → number → default), so a
// parameter is described by the last step JSON Schema can express: `window` is an integer
// from 0 to 36500, `at` a YYYY-MM-DD string, `types` a comma-separated list.
import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

export interface ParameterObject {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: JsonSchema;
  style?: 'form';
  explode?: boolean;
  example?: string;
  description?: string;
}

/** The steps a value goes through, transforms left out, in order (zod's public API only). */
function steps(schema: z.ZodType): z.ZodType[] {
  if (schema instanceof z.ZodPipe) return [...steps(schema.in as z.ZodType), ...steps(schema.out as z.ZodType)];
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault) {
    return steps(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodTransform) return [];
  return [schema];
}

export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** A single parameter's schema: the last step that says something. */
export function parameterSchema(schema: z.ZodType): JsonSchema {
  const last = steps(schema).at(-1);
  if (!last) return { type: 'string' };
  const json = jsonSchemaOf(last);
  // A list of known values or any string (how TypesList reports unknown ones) is a list of the known values.
  const items = json.items as { anyOf?: JsonSchema[] } | undefined;
  if (json.type === 'array' && items?.anyOf) {
    const known = items.anyOf.find((s) => Array.isArray(s.enum));
    if (known) json.items = known;
  }
  return json;
}

export function parametersOf(
  shape: Record<string, z.ZodType>,
  where: 'query' | 'path',
  examples: Record<string, string> = {},
  descriptions: Record<string, string> = {},
): ParameterObject[] {
  return Object.entries(shape).map(([name, field]) => {
    const schema = parameterSchema(field);
    const p: ParameterObject = { name, in: where, required: where === 'path' || !field.safeParse(undefined).success, schema };
    // Lists travel as one comma-separated value: ?types=MEMBER_OF,OBSERVER_OF
    if (schema.type === 'array') Object.assign(p, { style: 'form', explode: false });
    const example = examples[name];
    if (example !== undefined) p.example = example;
    const description = descriptions[name];
    if (description !== undefined) p.description = description;
    return p;
  });
}
