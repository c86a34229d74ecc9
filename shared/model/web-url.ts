// Source links: only http and https addresses are stored or drawn as links, so a source
// cannot carry a javascript: or data: address into someone's click. Shared with the client.

// WHATWG URL exists in both browsers and Node; shared/ is built without DOM or Node types.
declare const URL: new (text: string) => { protocol: string };

/** Whether `text` is an absolute http(s) address. */
export function isWebUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
