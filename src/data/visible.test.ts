import { describe, expect, test } from 'vitest';
import { makeVisible } from './visible.ts';

describe('makeVisible', () => {
  test('a terminal escape, a bidi override and a zero-width space are shown, not obeyed', () => {
    expect(makeVisible('a\u001b[2Jb')).toBe('a\\u001b[2Jb');
    expect(makeVisible('coverage\u202Evsc.csv')).toBe('coverage\\u202evsc.csv');
    expect(makeVisible('61.\u200B04')).toBe('61.\\u200b04');
    expect(makeVisible('\u0085\u2066x\u2069\uFEFF\u2028')).toBe('\\u0085\\u2066x\\u2069\\ufeff\\u2028');
    expect(makeVisible('a\tb\r\nc')).toBe('a\\tb\\r\\nc');
  });

  test('letters of any script, accents and punctuation are left as they are', () => {
    const text = 'Désa Sungai Ambawang – “68,02%” · العربية · 中文 · €';
    expect(makeVisible(text)).toBe(text);
  });
});
