// Typed errors raised inside the server. Each carries a kind (what went wrong, in the
// caller's terms) and a code (which error exactly); server/http/error-handler.ts turns them
// into `{ error: { code, message, details? } }` answers, with the status from ERROR_STATUS.
export type ErrorKind =
  | 'invalid' // the request is malformed or a value is out of range
  | 'rejected' // well-formed, but its content cannot be used (bad import rows, a query that ran too long)
  | 'not_found'
  | 'unauthorized' // a credential is missing or wrong
  | 'forbidden'
  | 'conflict'
  | 'timeout'
  | 'too_large'
  | 'busy'
  | 'unavailable';

/** The one table from error kinds to HTTP statuses. */
export const ERROR_STATUS: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  rejected: 422,
  not_found: 404,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  // A stopped query is the query's fault, not the server's: not a 5xx (the console says so).
  timeout: 422,
  too_large: 413,
  busy: 429,
  unavailable: 503,
};

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }

  get status(): number {
    return ERROR_STATUS[this.kind];
  }
}

export class BadRequest extends AppError {
  constructor(message: string, details?: unknown) {
    super('invalid', 'bad_request', message, details);
  }
}

export class NotFound extends AppError {
  constructor(message: string) {
    super('not_found', 'not_found', message);
  }
}

export class ReadOnlyViolation extends AppError {
  constructor(message: string) {
    super('forbidden', 'read_only', message);
  }
}

export class EngineUnavailable extends AppError {
  /** `logDetail` (an address, a driver's message) goes to the server log only, not to clients. */
  constructor(
    message: string,
    readonly logDetail?: string,
  ) {
    super('unavailable', 'engine_unavailable', message);
  }
}

export class ImportDisabled extends AppError {
  constructor(message = 'Importing is turned off on this server (IMPORT_ENABLED=false).') {
    super('forbidden', 'import_disabled', message);
  }
}

export class ImportUnauthorized extends AppError {
  constructor() {
    super('unauthorized', 'import_unauthorized', 'Importing on this server needs its import token: send it as Authorization: Bearer <IMPORT_TOKEN>.');
  }
}

export class ConsoleDisabled extends AppError {
  constructor() {
    super('forbidden', 'console_disabled', 'The Cypher console is turned off on this server (CONSOLE_ENABLED=false).');
  }
}
