// zod schemas for query-string values (dates, windows, type lists, flags, actor ids): the
// server's contracts parse with them and the client can build its URLs against them.
import { z } from 'zod';
import { DEFAULT_EVENT_WINDOW_DAYS } from '../time/temporal.ts';
import { IsoDate, RELATION_TYPES, RelationType } from '../model/schemas.ts';

/** A single query-string value: Express gives an array when a key repeats. */
const single = (name: string) =>
  z.preprocess(
    (v) => v,
    z.string({ error: (iss) => (iss.input === undefined ? `${name} is required` : `${name} must be given once`) }),
  );

export const AtDate = (name: string) => single(name).pipe(IsoDate);

export const WindowDays = single('window')
  .pipe(z.string().regex(/^\d{1,5}$/, 'window must be a whole number of days'))
  .transform(Number)
  .pipe(z.number().int().min(0).max(36_500))
  .optional()
  .transform((v) => v ?? DEFAULT_EVENT_WINDOW_DAYS);

export const TypesList = single('types')
  .transform((s) => s.split(',').map((t) => t.trim()).filter((t) => t.length > 0))
  .pipe(
    z.array(
      RelationType.or(z.string()).superRefine((t, ctx) => {
        if (!(RELATION_TYPES as readonly string[]).includes(t)) {
          ctx.addIssue({ code: 'custom', message: `unknown relation type "${t}"; known: ${RELATION_TYPES.join(', ')}` });
        }
      }),
    ),
  )
  .optional();

export const ActorId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an actor id is 1-64 letters, digits, - or _');

/** A whole number within bounds, with a default when absent. */
export const BoundedInt = (name: string, min: number, max: number, fallback: number) =>
  single(name)
    .pipe(z.string().regex(/^\d{1,6}$/, `${name} must be a whole number`))
    .transform(Number)
    .pipe(z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`))
    .optional()
    .transform((v) => v ?? fallback);

export const Flag = (name: string) =>
  single(name)
    .pipe(z.enum(['true', 'false', '1', '0'], { error: `${name} must be true or false` }))
    .transform((v) => v === 'true' || v === '1')
    .optional()
    .transform((v) => v ?? false);

export const SingleActorId = (name: string) => single(name).pipe(ActorId);
