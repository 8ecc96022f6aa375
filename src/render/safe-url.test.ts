import { describe, expect, test } from 'vitest';
import { safeHref } from './safe-url.ts';

describe('safeHref', () => {
  test('web addresses pass as the browser reads them', () => {
    expect(safeHref('https://www.bpjsketenagakerjaan.go.id/berita/28891')).toBe('https://www.bpjsketenagakerjaan.go.id/berita/28891');
    expect(safeHref('http://kalbar.bps.go.id')).toBe('http://kalbar.bps.go.id/');
    expect(safeHref(' https://kalbar.bps.go.id/a b')).toBe('https://kalbar.bps.go.id/a%20b');
  });

  test.each([
    'javascript:alert(5)',
    ' javascript:alert(5)',
    '\tjavascript:alert(5)',
    '\njavascript:alert(5)',
    'java\tscript:alert(5)',
    'JaVaScRiPt:alert(5)',
    'data:text/html,<script>alert(5)</script>',
    'vbscript:msgbox(5)',
    'file:///etc/passwd',
    'ftp://example.com/a.csv',
    '//example.com/a',
    'berita/28891',
    '',
  ])('%j is no link', (address) => {
    expect(safeHref(address)).toBeNull();
  });

  test('a relative address passes against a base, and a script address still does not', () => {
    expect(safeHref('./?view=map&year=2024', 'https://peta.example/embed.html?view=map')).toBe('https://peta.example/?view=map&year=2024');
    expect(safeHref('javascript:alert(5)', 'https://peta.example/')).toBeNull();
  });
});
