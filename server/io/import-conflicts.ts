// Imports that collide: with another import in this server (refused at once: they are run
// one at a time), or, in the engine, with another write (a Neo4j import from the CLI, say)
// or a constraint. All answer 409 with what to do, never a bare 500.
import { engineMessage } from '../engine/engine-errors.ts';
import { AppError } from '../errors.ts';

export class ImportConflict extends AppError {
  constructor(code: 'import_busy' | 'write_conflict' | 'constraint_violation', message: string) {
    super('conflict', code, message);
  }
}

/** The engine's error for a write that collided with another transaction or a constraint, as a 409; null for any other error. */
export function importConflictOf(err: unknown): ImportConflict | null {
  if (!(err instanceof Error)) return null;
  const { code, gqlStatus } = err as { code?: unknown; gqlStatus?: unknown };
  const text = `${String(code ?? '')} ${err.message}`;
  if (/ConstraintValidationFailed|constraint violation/i.test(text)) {
    return new ImportConflict('constraint_violation', `Nothing was imported: a row conflicts with a constraint of the graph (${engineMessage(err)}).`);
  }
  // GQLSTATUS class 40 is a transaction rollback; Neo4j calls these transient errors.
  if ((typeof gqlStatus === 'string' && gqlStatus.startsWith('40')) || /TransientError|write conflict|deadlock/i.test(text)) {
    return new ImportConflict('write_conflict', 'Nothing was imported: another write changed the same part of the graph at the same time. Retry the import.');
  }
  return null;
}

const importing = new WeakSet<object>();

/** Runs one writing import at a time per graph (its store); another one meanwhile is refused with 409. */
export async function oneImportAtATime<T>(engine: object, work: () => Promise<T>): Promise<T> {
  if (importing.has(engine)) throw new ImportConflict('import_busy', 'Another import is running on this server; retry when it has finished.');
  importing.add(engine);
  try {
    return await work();
  } catch (err) {
    throw importConflictOf(err) ?? err;
  } finally {
    importing.delete(engine);
  }
}
