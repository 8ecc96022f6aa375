import { describe, expect, test } from 'vitest';
import { formatElapsed, keyAction, readPresentParams, readPresentView } from './controls.ts';

describe('keyAction', () => {
  test("a clicker's keys and the keyboard's move through the steps", () => {
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' ']) expect(keyAction(key)).toBe('next');
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace']) expect(keyAction(key)).toBe('previous');
    expect(keyAction('Home')).toBe('first');
    expect(keyAction('End')).toBe('last');
    for (const key of ['b', 'B', '.']) expect(keyAction(key)).toBe('black');
    expect(keyAction('f')).toBe('fullscreen');
    expect(keyAction('Escape')).toBe('leave');
    for (const key of ['p', 'P']) expect(keyAction(key)).toBe('presenter');
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
    expect(readPresentParams('?edition=x&step=x', [2021, 2025], count)).toEqual({ edition: 2025, lang: 'id', step: 0 });
    expect(readPresentParams('?edition=2021&step=40', [2021, 2025], count).step).toBe(8);
  });

  test('an edition this browser does not hold is missing, never another edition', () => {
    expect(readPresentParams('?edition=2026&lang=en', [2021, 2025], count)).toEqual({ edition: 2026, lang: 'en', step: 0, missing: true });
    expect(readPresentParams('?edition=1999', [2021, 2025], count)).toMatchObject({ edition: 1999, missing: true });
  });
});

describe('the presenter view', () => {
  test('is the same page with view=presenter (its address: pageAddress in src/model/url.ts)', () => {
    expect(readPresentView('?edition=2025&view=presenter')).toBe('presenter');
    expect(readPresentView('?edition=2025')).toBe('audience');
    expect(readPresentView('?view=speaker')).toBe('audience');
  });

  test('its timer reads minutes and seconds, hours once past the hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(245_999)).toBe('4:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
    expect(formatElapsed(-5000)).toBe('0:00');
  });
});
