import { describe, expect, test } from 'vitest';
import { appAddress, keyAction, readPresentParams, writePresentParams } from './controls.ts';

describe('keyAction', () => {
  test("a clicker's keys and the keyboard's move through the steps", () => {
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' ']) expect(keyAction(key)).toBe('next');
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace']) expect(keyAction(key)).toBe('previous');
    expect(keyAction('Home')).toBe('first');
    expect(keyAction('End')).toBe('last');
    for (const key of ['b', 'B', '.']) expect(keyAction(key)).toBe('black');
    expect(keyAction('f')).toBe('fullscreen');
    expect(keyAction('Escape')).toBe('leave');
  });

  test("leaves other keys and the browser's shortcuts alone", () => {
    expect(keyAction('x')).toBeNull();
    expect(keyAction('Enter')).toBeNull();
    expect(keyAction('f', { ctrl: true })).toBeNull();
    expect(keyAction('ArrowLeft', { alt: true })).toBeNull();
  });
});

describe('the address', () => {
  const count = () => 9;
  test('reads the edition, the language and the step (counted from 1)', () => {
    expect(readPresentParams('?edition=2025&lang=en&step=4', [2021, 2025], count)).toEqual({ edition: 2025, lang: 'en', step: 3 });
  });

  test('falls back to the latest edition, Indonesian and the first step; clamps a step past the end', () => {
    expect(readPresentParams('', [2021, 2025], count)).toEqual({ edition: 2025, lang: 'id', step: 0 });
    expect(readPresentParams('?edition=1999&step=x', [2021, 2025], count)).toEqual({ edition: 2025, lang: 'id', step: 0 });
    expect(readPresentParams('?edition=2021&step=40', [2021, 2025], count).step).toBe(8);
  });

  test('writes the step back, other parameters kept', () => {
    expect(writePresentParams('?edition=2025&x=1', { edition: 2025, lang: 'id', step: 2 })).toBe('?edition=2025&x=1&lang=id&step=3');
  });

  test('leaving opens the app at the same edition', () => {
    expect(appAddress({ edition: 2025, lang: 'id' })).toBe('./?year=2025');
    expect(appAddress({ edition: 2025, lang: 'en' })).toBe('./?year=2025&lang=en');
  });
});
