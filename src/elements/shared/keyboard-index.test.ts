import { describe, expect, test } from 'vitest';
import { keyboardIndex, SLIDER_KEYS } from './keyboard-index.ts';

describe('keyboardIndex', () => {
  test('a list: Down and Right forward, Up and Left back, Home and End to the ends', () => {
    expect(keyboardIndex('ArrowDown', 2, 5)).toBe(3);
    expect(keyboardIndex('ArrowRight', 2, 5)).toBe(3);
    expect(keyboardIndex('ArrowUp', 2, 5)).toBe(1);
    expect(keyboardIndex('ArrowLeft', 2, 5)).toBe(1);
    expect(keyboardIndex('Home', 2, 5)).toBe(0);
    expect(keyboardIndex('End', 2, 5)).toBe(4);
  });

  test('without wrap an end stays where it is (the key is still handled: not null)', () => {
    expect(keyboardIndex('ArrowDown', 4, 5)).toBe(4);
    expect(keyboardIndex('ArrowUp', 0, 5)).toBe(0);
  });

  test('with wrap, past the last is the first and before the first is the last', () => {
    expect(keyboardIndex('ArrowRight', 4, 5, { wrap: true })).toBe(0);
    expect(keyboardIndex('ArrowLeft', 0, 5, { wrap: true })).toBe(4);
    expect(keyboardIndex('ArrowRight', 1, 5, { wrap: true })).toBe(2);
  });

  test('slider keys: Up and PageUp increase, Down and PageDown decrease', () => {
    expect(keyboardIndex('ArrowUp', 1, 3, SLIDER_KEYS)).toBe(2);
    expect(keyboardIndex('PageUp', 1, 3, SLIDER_KEYS)).toBe(2);
    expect(keyboardIndex('ArrowDown', 1, 3, SLIDER_KEYS)).toBe(0);
    expect(keyboardIndex('PageDown', 1, 3, SLIDER_KEYS)).toBe(0);
    expect(keyboardIndex('ArrowRight', 1, 3, SLIDER_KEYS)).toBe(2);
  });

  test('null for other keys and for no items', () => {
    expect(keyboardIndex('a', 1, 3)).toBeNull();
    expect(keyboardIndex('Enter', 1, 3)).toBeNull();
    expect(keyboardIndex('PageDown', 1, 3)).toBeNull();
    expect(keyboardIndex('ArrowDown', 0, 0)).toBeNull();
    expect(keyboardIndex('Home', 0, 0)).toBeNull();
  });

  test('an index out of range counts from the nearest end (a position not yet set is -1)', () => {
    expect(keyboardIndex('ArrowDown', -1, 5)).toBe(1);
    expect(keyboardIndex('ArrowUp', 9, 5)).toBe(3);
  });
});
