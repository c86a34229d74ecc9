// Parses request input with a zod schema; a failure becomes a 400 naming each bad field.
import type { z } from 'zod';
import { BadRequest } from '../errors.ts';

export function parseInput<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => ({ field: i.path.join('.') || what, message: i.message }));
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  throw new BadRequest(`Invalid ${what}: ${summary}`, problems);
}
