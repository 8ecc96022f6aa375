// The one rule for an attribute an element does not understand (a metric or scheme outside the set, a
// year such as "abc" or "1e9", a switch written carry-forward="false", a language it does not speak):
// a typo in a partner's markup, not a reason to draw nothing or to throw. The element takes its
// default and says so once in the console, naming the element, the attribute, the value found and
// what to write instead. Values are compared as strings against the list itself, so a name
// every object answers to ("toString", "__proto__", "constructor") is a typo like any other.
import type { ComplexAttributeConverter } from 'lit';
import { DEFAULT_METRIC, DEFAULT_SCHEME, mapMetrics, SCHEME_NAMES, type MapMetric, type SchemeName } from '../../model/metrics.ts';

/** What was warned already: one warning per element, attribute and value, however many times it is set. */
const warned = new Set<string>();

/**
 * Says once in the console that `value` is not one of `allowed` (the values, or a description such
 * as "a number of seconds above 0"), and what is shown instead (`"1"`, or in words: `the default year`).
 */
export function warnUnknownValue(tag: string, attribute: string, value: string, allowed: readonly string[] | string, shown: string): void {
  const expected = typeof allowed === 'string' ? allowed : `one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
  const message = `<${tag}>: ${attribute}="${value}" is not ${expected}; showing ${shown} instead.`;
  if (!warned.has(message)) console.warn(message);
  warned.add(message);
}

/**
 * A year attribute (`year`, `edition`, `value`): four digits, "2024". Anything else ("abc", "1e9",
 * "2019.5") leaves it `unset`, so the element shows its default year, with one warning; absent or
 * empty is unset without a word. Whether the data has the year is the element's to check. (A Lit
 * converter from the attribute; back to it, Lit writes the number, and removes it when unset.)
 */
export const yearAttribute =
  <U>(tag: string, attribute: string, unset: U) =>
  (value: string | null): number | U => {
    const text = (value ?? '').trim();
    if (/^\d{4}$/.test(text)) return +text;
    if (text) warnUnknownValue(tag, attribute, value!, 'a year such as 2024', DEFAULT_YEAR);
    return unset;
  };

/** What the elements show for a year they do not understand. */
export const DEFAULT_YEAR = 'the default year';

/**
 * A switch (`carry-forward`, `playing`; declared with `type: Boolean`, so Lit writes it back as
 * HTML does): on when written alone (or as its own name, or "true"), off when left out. Another
 * value (carry-forward="false", ="no") would be on in plain HTML, the opposite of what was meant:
 * it is off, with one warning.
 */
export const switchAttribute =
  (tag: string, attribute: string) =>
  (value: string | null): boolean => {
    if (value === null || ['', attribute, 'true'].includes(value.trim().toLowerCase())) return value !== null;
    warnUnknownValue(tag, attribute, value, `a switch (${attribute} alone is on, left out is off)`, 'it off');
    return false;
  };

/**
 * A Lit converter for an attribute whose value is one of `choices()` (read at each change, so metrics
 * registered later count). Absent or empty gives `fallback` without a word; anything else outside the
 * choices gives `fallback` and one warning.
 */
export function choiceAttribute<T extends string>(tag: string, attribute: string, choices: () => readonly T[], fallback: T): ComplexAttributeConverter<T> {
  return {
    fromAttribute(value: string | null): T {
      if (value === null || value === '') return fallback;
      const allowed = choices();
      if ((allowed as readonly string[]).includes(value)) return value as T;
      warnUnknownValue(tag, attribute, value, allowed, `"${fallback}"`);
      return fallback;
    },
    toAttribute(value: T): string {
      return value;
    },
  };
}

/** `metric`: a metric of the registry (src/model/metrics.ts), else the default metric. */
export const metricAttribute = (tag: string) => choiceAttribute<MapMetric>(tag, 'metric', () => mapMetrics().map((m) => m.id), DEFAULT_METRIC);

/** `scheme`: one of the sequential schemes, else the default scheme. */
export const schemeAttribute = (tag: string) => choiceAttribute<SchemeName>(tag, 'scheme', () => SCHEME_NAMES, DEFAULT_SCHEME);
