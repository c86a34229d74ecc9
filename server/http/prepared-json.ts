// Large, cached JSON answers are gzipped once, when cached, not on every request. A client
// that does not accept gzip gets the plain text (kept, or inflated again when asked for).
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

export interface PreparedJson {
  gzip: Buffer;
  etag: string;
  /** Kept for payloads asked for without gzip often enough to be worth the memory. */
  text: string | null;
  bytes: number;
}

export function prepareJson(value: unknown, o: { keepText?: boolean } = {}): PreparedJson {
  const text = JSON.stringify(value);
  const etag = `"${createHash('sha1').update(text).digest('base64url')}"`;
  return { gzip: gzipSync(text), etag, text: o.keepText === false ? null : text, bytes: Buffer.byteLength(text) };
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
  } else res.send(p.text ?? gunzipSync(p.gzip).toString('utf8'));
}

/** A few recent answers, oldest dropped first. */
export class RecentAnswers {
  private readonly map = new Map<string, PreparedJson>();
  constructor(private readonly size: number) {}

  get(key: string, make: () => PreparedJson): PreparedJson {
    let p = this.map.get(key);
    if (p) this.map.delete(key);
    else p = make();
    this.map.set(key, p);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
    return p;
  }
}
