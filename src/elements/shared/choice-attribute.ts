// The one rule for an attribute that names one of a fixed set of values (metric, scheme, loading): a
// value outside the set is a typo in a partner's markup, not a reason to draw nothing. The element
// takes its default and says so once in the console, naming the element, the attribute, the value
// found and the values allowed. Values are compared as strings against the list itself, so a name
// every object answers to ("toString", "__proto__", "constructor") is a typo like any other.
import type { ComplexAttributeConverter } from 'lit';
import { DEFAULT_METRIC, DEFAULT_SCHEME, mapMetrics, SCHEME_NAMES, type MapMetric, type SchemeName } from '../../model/metrics.ts';

/** What was warned about already: one warning per element, attribute and value, however many times it is set. */
const warned = new Set<string>();

/**
 * Says once in the console that `value` is not one of `allowed` (the values, or a description such
 * as "a number of seconds above 0"), and that `fallback` is used instead.
 */
export function warnUnknownValue(tag: string, attribute: string, value: string, allowed: readonly string[] | string, fallback: string): void {
  const key = JSON.stringify([tag, attribute, value]);
  if (warned.has(key)) return;
  warned.add(key);
  const expected = typeof allowed === 'string' ? allowed : `one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
  console.warn(`<${tag}>: ${attribute}="${value}" is not ${expected}; showing "${fallback}" instead.`);
}

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
      warnUnknownValue(tag, attribute, value, allowed, fallback);
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
