// A tiny JSON client for API tests: status, body, and the raw text (to look for stack traces).
export interface Answer<T = unknown> {
  status: number;
  body: T;
  text: string;
  contentType: string | null;
}

export async function getJson<T = unknown>(base: string, path: string, init?: RequestInit): Promise<Answer<T>> {
  const res = await fetch(base + path, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the test will say so
  }
  return { status: res.status, body: body as T, text, contentType: res.headers.get('content-type') };
}

/** The error shape every 4xx/5xx answer has, with no stack trace in it. */
export function expectErrorShape(answer: Answer, status: number, code: string): { code: string; message: string } {
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${answer.text}`);
  const err = (answer.body as { error?: { code?: string; message?: string } }).error;
  if (!err || err.code !== code || typeof err.message !== 'string' || err.message.length === 0) {
    throw new Error(`expected error code ${code} with a message, got ${answer.text}`);
  }
  if (/\n\s+at |node_modules|\.ts:\d+/.test(answer.text)) throw new Error(`stack trace leaked: ${answer.text}`);
  return err as { code: string; message: string };
}
