// zod schemas for the query-string parameters the graph routes share.
import { z } from 'zod';
import { DEFAULT_EVENT_WINDOW_DAYS } from '../analysis/temporal.ts';
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
