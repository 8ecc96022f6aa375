import { describe, expect, test } from 'vitest';
import { fill } from './messages.ts';

describe('fill', () => {
  test('fills placeholders and leaves unknown ones as written', () => {
    expect(fill('untuk {year}, {other}', { year: 2024 })).toBe('untuk 2024, {other}');
  });

  test('a count agrees with its noun: 1 file, 2 files, 1,000 files', () => {
    const template = 'Reading {count:file|files}…';
    expect(fill(template, { count: 1 })).toBe('Reading 1 file…');
    expect(fill(template, { count: 2 })).toBe('Reading 2 files…');
    expect(fill(template, { count: '1,000' })).toBe('Reading 1,000 files…');
    expect(fill('{n:error|errors} and {m:warning|warnings}', { n: 6, m: 1 })).toBe('6 errors and 1 warning');
  });
});
