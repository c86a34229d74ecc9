// Typed errors raised inside the server; server/http/error-handler.ts turns them into
// `{ error: { code, message, details? } }` answers in one place.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequest extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, 'bad_request', message, details);
  }
}

export class NotFound extends AppError {
  constructor(message: string) {
    super(404, 'not_found', message);
  }
}

export class ReadOnlyViolation extends AppError {
  constructor(message: string) {
    super(403, 'read_only', message);
  }
}

export class EngineUnavailable extends AppError {
  /** `logDetail` (an address, a driver's message) goes to the server log only, not to clients. */
  constructor(
    message: string,
    readonly logDetail?: string,
  ) {
    super(503, 'engine_unavailable', message);
  }
}

export class ImportDisabled extends AppError {
  constructor(message = 'Importing is turned off on this server (IMPORT_ENABLED=false).') {
    super(403, 'import_disabled', message);
  }
}

export class ImportUnauthorized extends AppError {
  constructor() {
    super(401, 'import_unauthorized', 'Importing on this server needs its import token: send it as Authorization: Bearer <IMPORT_TOKEN>.');
  }
}

export class ConsoleDisabled extends AppError {
  constructor() {
    super(403, 'console_disabled', 'The Cypher console is turned off on this server (CONSOLE_ENABLED=false).');
  }
}
