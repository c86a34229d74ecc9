// zod schemas for one CSV row of each file: cells are text; these turn them into the data
// model's values (dates, types, lists) or say, per column, what is wrong.
import { z } from 'zod';
import { ActorId } from '../../shared/contracts/params.ts';
import { ActorKind, IsoDate, Precision, RELATION_TYPES } from '../../shared/model/schemas.ts';
import { isWebUrl } from '../../shared/model/web-url.ts';
import { LIST_SEPARATOR } from './csv-columns.ts';

/** An empty or missing cell is null; anything else is trimmed. */
const cell = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? null : v.trim()));

const required = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .transform((v) => v.trim())
    .pipe(z.string().min(1, `${what} is missing`));

const optionalDate = cell.pipe(IsoDate.nullable());

export const RelationIdCell = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'an id is 1-128 letters, digits, -, _, . or :, starting with a letter or digit');

export const SourceId = z.string().regex(/^[^\s;,]{1,128}$/, 'a source id is 1-128 characters without spaces, commas or ;');

const relationType = required('type').pipe(
  z.string().refine((t) => (RELATION_TYPES as readonly string[]).includes(t), {
    error: (iss) => `unknown relation type "${String(iss.input)}"; known: ${RELATION_TYPES.join(', ')}`,
  }),
);

export const RelationRow = z
  .object({
    id: cell.pipe(RelationIdCell.nullable()),
    source: required('source').pipe(ActorId),
    target: required('target').pipe(ActorId),
    type: relationType.transform((t) => t as (typeof RELATION_TYPES)[number]),
    start: required('start').pipe(IsoDate),
    end: optionalDate,
    precision: cell.transform((v) => v ?? 'day').pipe(Precision),
    event: cell.pipe(
      z
        .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'event must be true or false' })
        .nullable()
        .transform((v) => v === 'true' || v === '1' || v === 'yes'),
    ),
    sources: cell.transform((v) =>
      (v ?? '')
        .split(LIST_SEPARATOR)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ).pipe(z.array(SourceId).min(1, 'at least one source id is needed (separate several with ;)')),
    note: z.string().optional().transform((v) => v ?? ''),
  })
  .superRefine((r, ctx) => {
    if (r.end !== null && r.end <= r.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end (${r.end}) must be after start (${r.start})` });
    }
    if (r.event && r.end !== null) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'an event happens at an instant and has no end' });
    }
    if (r.source === r.target) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'a relation joins two different actors' });
    }
  });
export type RelationRow = z.infer<typeof RelationRow>;

export const ActorRow = z
  .object({
    id: required('id').pipe(ActorId),
    name: required('name'),
    kind: required('kind').pipe(ActorKind),
    shortName: cell,
    /** Other names, separated by ; (empty: keep what the graph has). */
    aliases: cell.transform((v) =>
      v === null
        ? null
        : v
            .split(LIST_SEPARATOR)
            .map((s) => s.trim())
            .filter((s) => s.length > 0),
    ),
    founded: optionalDate,
    dissolved: optionalDate,
  })
  .superRefine((a, ctx) => {
    if (a.founded !== null && a.dissolved !== null && a.dissolved <= a.founded) {
      ctx.addIssue({ code: 'custom', path: ['dissolved'], message: `dissolved (${a.dissolved}) must be after founded (${a.founded})` });
    }
  });
export type ActorRow = z.infer<typeof ActorRow>;

export const SourceRow = z.object({
  id: required('id').pipe(SourceId),
  title: required('title'),
  author: cell,
  publisher: cell,
  published: cell,
  url: cell.pipe(
    z
      .string()
      .refine(isWebUrl, { error: (iss) => `url must be an http:// or https:// address, not "${String(iss.input).slice(0, 80)}"` })
      .nullable(),
  ),
});
export type SourceRow = z.infer<typeof SourceRow>;
