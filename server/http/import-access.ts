// Who may import: nobody when import is off (IMPORT_ENABLED=false, or a server reachable
// from elsewhere without a token), and, when IMPORT_TOKEN is set, only a request that sends
// it as `Authorization: Bearer <token>`. Checked before the body is read.
import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { HttpConfig } from '../config.ts';
import { ImportDisabled, ImportUnauthorized } from '../errors.ts';

export type ImportAccess = Pick<HttpConfig, 'importEnabled' | 'importDisabledReason' | 'importToken'>;

const digest = (text: string) => crypto.createHash('sha256').update(text).digest();

export function importAccess(access: ImportAccess): RequestHandler {
  return (req, _res, next) => {
    if (!access.importEnabled) throw new ImportDisabled(access.importDisabledReason);
    if (access.importToken !== undefined) {
      const sent = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1] ?? '';
      // Compared in constant time (on digests, which have equal lengths).
      if (!crypto.timingSafeEqual(digest(sent), digest(access.importToken))) throw new ImportUnauthorized();
    }
    next();
  };
}
