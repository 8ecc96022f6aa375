import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import { arrowTarget, keyTarget, typeAheadTarget } from './map-keys.ts';

// The built regency boundaries, frozen (test/fixtures/regencies.topo.json).
const topology = JSON.parse(readFileSync(new URL('../../../test/fixtures/regencies.topo.json', import.meta.url), 'utf8')) as Topology;

/** The map's list, by name, as the element orders it. */
const NAMES = ['Bengkayang', 'Kapuas Hulu', 'Kayong Utara', 'Ketapang', 'Kubu Raya', 'Landak', 'Melawi', 'Mempawah', 'Pontianak', 'Sambas', 'Sanggau', 'Sekadau', 'Singkawang', 'Sintang'];
const at = (name: string) => NAMES.indexOf(name);

describe('arrowTarget', () => {
  test('goes by the map, not by the alphabet: east of Bengkayang is Sanggau, not Kapuas Hulu', () => {
    expect(arrowTarget(topology, '61.07', 'ArrowRight')).toBe('61.03');
    expect(arrowTarget(topology, '61.06', 'ArrowRight')).toBeNull();
    expect(arrowTarget(topology, '99.99', 'ArrowRight')).toBeNull();
  });
});

describe('typeAheadTarget', () => {
  test('a name typed goes to the first that begins with it, letter case aside', () => {
    expect(typeAheadTarget(NAMES, at('Bengkayang'), 'kub')).toBe(at('Kubu Raya'));
    expect(typeAheadTarget(NAMES, at('Bengkayang'), 'KUBU R')).toBe(at('Kubu Raya'));
    expect(typeAheadTarget(NAMES, at('Sintang'), 'me')).toBe(at('Melawi'));
    expect(typeAheadTarget(NAMES, at('Sintang'), 'mem')).toBe(at('Mempawah'));
  });

  test('one letter, or the same one again, goes on to the next name with it, round to the first', () => {
    expect(typeAheadTarget(NAMES, at('Bengkayang'), 's')).toBe(at('Sambas'));
    expect(typeAheadTarget(NAMES, at('Sambas'), 'ss')).toBe(at('Sanggau'));
    expect(typeAheadTarget(NAMES, at('Kubu Raya'), 'k')).toBe(at('Kapuas Hulu'));
    // From nowhere (-1): the first.
    expect(typeAheadTarget(NAMES, -1, 'k')).toBe(at('Kapuas Hulu'));
  });

  test('none that begins with it, or nothing but a space: null', () => {
    expect(typeAheadTarget(NAMES, 0, 'z')).toBeNull();
    expect(typeAheadTarget(NAMES, 0, 'kux')).toBeNull();
    expect(typeAheadTarget(NAMES, 0, ' ')).toBeNull();
    expect(typeAheadTarget([], 0, 'k')).toBeNull();
  });
});

describe('keyTarget', () => {
  const list = NAMES.map((shortName, i) => ({ shortName, code: ['61.07', '61.06', '61.11', '61.04', '61.12', '61.08', '61.10', '61.02', '61.71', '61.01', '61.03', '61.09', '61.72', '61.05'][i]! }));

  test('an arrow goes by the map, a typed name by the list; a regency not in the list is not reached', () => {
    expect(keyTarget(list, '61.07', 'ArrowRight', '', topology)).toBe('61.03');
    expect(keyTarget(list, '61.07', 'ArrowRight', 'kub', topology)).toBe('61.12');
    expect(keyTarget(list, '61.06', 'ArrowRight', '', topology)).toBeNull();
    expect(keyTarget(list, '61.07', 'ArrowRight', '', null)).toBeNull();
    expect(keyTarget(list, '61.07', 'Tab', '', topology)).toBeNull();
    expect(keyTarget(list.filter((r) => r.code !== '61.03'), '61.07', 'ArrowRight', '', topology)).toBeNull();
  });
});
