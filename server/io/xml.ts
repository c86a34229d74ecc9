// Escaping for the XML exports. Attribute values keep newlines and tabs as character
// references (a parser would fold them into spaces); characters XML 1.0 cannot carry at all
// (most control characters, lone surrogates) are dropped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** `name="value"` pairs for the values that are not null. */
export function attrs(pairs: Record<string, string | null | undefined>): string {
  return Object.entries(pairs)
    .filter((e): e is [string, string] => e[1] !== null && e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(v)}"`)
    .join('');
}
