// Large, cached JSON answers (the temporal payload) are gzipped once when cached, not on
// every request; a client that does not accept gzip gets the plain text.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

export interface PreparedJson {
  text: string;
  gzip: Buffer;
  etag: string;
}

export function prepareJson(value: unknown): PreparedJson {
  const text = JSON.stringify(value);
  const etag = `"${createHash('sha1').update(text).digest('base64url')}"`;
  return { text, gzip: gzipSync(text), etag };
}

export function sendPrepared(req: Request, res: Response, p: PreparedJson): void {
  res.vary('Accept-Encoding');
  res.set('ETag', p.etag);
  res.type('json');
  if (req.headers['if-none-match'] === p.etag) {
    res.status(304).end();
    return;
  }
  if (req.acceptsEncodings('gzip') === 'gzip') {
    res.set('Content-Encoding', 'gzip');
    res.send(p.gzip);
  } else res.send(p.text);
}
