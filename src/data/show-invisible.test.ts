import { describe, expect, test } from 'vitest';
import { showInvisible } from './problem-text.ts';

describe('showInvisible (what the CLI prints and every message quotes)', () => {
  test('a terminal escape, a bidi override and a zero-width space are shown, not obeyed', () => {
    expect(showInvisible('a\u001b[2Jb')).toBe('a\\u001b[2Jb');
    expect(showInvisible('coverage\u202Evsc.csv')).toBe('coverage\\u202evsc.csv');
    expect(showInvisible('61.\u200B04')).toBe('61.\\u200b04');
    expect(showInvisible('\u0085\u2066x\u2069\uFEFF\u2028')).toBe('\\u0085\\u2066x\\u2069\\ufeff\\u2028');
    expect(showInvisible('a\tb\r\nc')).toBe('a\\tb\\r\\nc');
  });

  test('letters of any script, accents and punctuation are left as they are', () => {
    const text = 'Désa Sungai Ambawang – “68,02%” · العربية · 中文 · €';
    expect(showInvisible(text)).toBe(text);
  });
});
