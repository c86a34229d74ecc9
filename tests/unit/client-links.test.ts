// The details panel links a source only when its address is http(s): data that reached the
// graph some other way (a seed, the console, an older import) cannot put a script in a link.
import { describe, expect, it } from 'vitest';
import { sourceHref } from '../../client/panels/details.ts';

describe('source links in the details panel', () => {
  it('links http and https addresses and nothing else', () => {
    expect(sourceHref('https://example.org/report.pdf')).toBe('https://example.org/report.pdf');
    expect(sourceHref('http://example.org')).toBe('http://example.org');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', '\tjavascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '/relative', '', null, undefined]) {
      expect(sourceHref(bad), String(bad)).toBeNull();
    }
  });
});
