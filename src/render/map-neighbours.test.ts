import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import { MAP_DIRECTIONS, mapNeighbours, mapOffset, regencyCentres, type MapDirection } from './map-neighbours.ts';

// The built regency boundaries, frozen: a new cut of the boundaries changes none of these tests.
const topology = JSON.parse(readFileSync(new URL('../../test/fixtures/regencies.topo.json', import.meta.url), 'utf8')) as Topology;

const CODES = {
  sambas: '61.01',
  mempawah: '61.02',
  sanggau: '61.03',
  ketapang: '61.04',
  sintang: '61.05',
  kapuasHulu: '61.06',
  bengkayang: '61.07',
  landak: '61.08',
  kayongUtara: '61.11',
  kubuRaya: '61.12',
  pontianak: '61.71',
  singkawang: '61.72',
} as const;

const neighbours = mapNeighbours(topology);
const go = (code: string, key: MapDirection) => neighbours.get(code)![key];
const centres = new Map(regencyCentres(topology).map(({ code, at }) => [code, at]));

/** The target's offset from the regency, east and north. */
const offset = (from: string, to: string) => mapOffset(centres.get(from)!, centres.get(to)!);

describe('mapNeighbours on the regencies of West Kalimantan', () => {
  test('has every one of the 14 regencies, with a way or none for each arrow key', () => {
    expect([...neighbours.keys()].sort()).toHaveLength(14);
    for (const ways of neighbours.values()) expect(Object.keys(ways).sort()).toEqual([...MAP_DIRECTIONS].sort());
  });

  test('from Ketapang, ArrowUp reaches a regency north of it (Sanggau, due north), ArrowDown stays: the sea', () => {
    const up = go(CODES.ketapang, 'ArrowUp')!;
    expect(offset(CODES.ketapang, up)[1]).toBeGreaterThan(0);
    expect(up).toBe(CODES.sanggau);
    expect(go(CODES.ketapang, 'ArrowDown')).toBeNull();
  });

  test('from Kapuas Hulu, far east, ArrowRight stays; ArrowLeft goes to Sintang', () => {
    expect(go(CODES.kapuasHulu, 'ArrowRight')).toBeNull();
    expect(go(CODES.kapuasHulu, 'ArrowLeft')).toBe(CODES.sintang);
  });

  test('from Sambas, far north, ArrowDown goes south (Bengkayang, across their border) and ArrowUp stays', () => {
    const down = go(CODES.sambas, 'ArrowDown')!;
    expect(offset(CODES.sambas, down)[1]).toBeLessThan(0);
    expect(down).toBe(CODES.bengkayang);
    expect(go(CODES.sambas, 'ArrowUp')).toBeNull();
  });

  test('a regency sharing a border comes first: from Bengkayang ArrowRight goes to Sanggau, not across Landak', () => {
    expect(go(CODES.bengkayang, 'ArrowRight')).toBe(CODES.sanggau);
    expect(go(CODES.mempawah, 'ArrowRight')).toBe(CODES.landak);
    expect(go(CODES.singkawang, 'ArrowUp')).toBe(CODES.sambas);
    expect(go(CODES.kubuRaya, 'ArrowUp')).toBe(CODES.pontianak);
  });

  test('the west coast: from Mempawah, Pontianak and Singkawang ArrowLeft stays: the sea', () => {
    expect(go(CODES.mempawah, 'ArrowLeft')).toBeNull();
    expect(go(CODES.pontianak, 'ArrowLeft')).toBeNull();
    expect(go(CODES.singkawang, 'ArrowLeft')).toBeNull();
  });

  test.each(MAP_DIRECTIONS)('for every regency, %s goes to a centre on that side, within 60 degrees of the axis', (key) => {
    const axis = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[key];
    for (const [code, ways] of neighbours) {
      const to = ways[key];
      if (to === null) continue;
      const [dx, dy] = offset(code, to);
      const along = dx * axis[0]! + dy * axis[1]!;
      expect(along, `${code} ${key} ${to}`).toBeGreaterThan(0);
      expect(along / Math.hypot(dx, dy), `${code} ${key} ${to}`).toBeGreaterThanOrEqual(Math.cos(Math.PI / 3) - 1e-9);
    }
  });

  test('ArrowRight never goes west, ArrowUp never south (and the reverse), and no key leads to the regency itself', () => {
    for (const [code, ways] of neighbours) {
      for (const key of MAP_DIRECTIONS) expect(ways[key]).not.toBe(code);
      if (ways.ArrowRight) expect(offset(code, ways.ArrowRight)[0]).toBeGreaterThan(0);
      if (ways.ArrowLeft) expect(offset(code, ways.ArrowLeft)[0]).toBeLessThan(0);
      if (ways.ArrowUp) expect(offset(code, ways.ArrowUp)[1]).toBeGreaterThan(0);
      if (ways.ArrowDown) expect(offset(code, ways.ArrowDown)[1]).toBeLessThan(0);
    }
  });

  test('the arrows alone reach every regency from every regency', () => {
    for (const start of neighbours.keys()) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length > 0) {
        for (const to of Object.values(neighbours.get(queue.shift()!)!)) {
          if (to !== null && !seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
      expect(seen.size, `from ${start}`).toBe(14);
    }
  });

  test('the same topology gives the same answer, computed once', () => {
    expect(mapNeighbours(topology)).toBe(neighbours);
  });

  test('a narrower cone finds fewer ways: within 10 degrees, Kayong Utara (north-west) is not west of Ketapang', () => {
    expect(mapNeighbours(topology, { cone: 10 }).get(CODES.ketapang)!.ArrowLeft).toBeNull();
  });

  test('a topology without regencies has no ways', () => {
    expect(mapNeighbours({ type: 'Topology', objects: {}, arcs: [] } as unknown as Topology).size).toBe(0);
  });
});
