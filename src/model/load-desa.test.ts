import { describe, expect, test } from 'vitest';
import { formatProblem } from '../data/index.ts';
import { makeDataset } from '../../test/fixtures/dataset.ts';
import { loadDesaTopology } from './load-desa.ts';
import type { Fetcher } from './load.ts';

const BASE = 'https://example.org/peta/present.html';
const regions = makeDataset().regions;

/** A desa file as the build writes it: one square desa in one square kecamatan. */
const desaFile = (desaCode: string) => ({
  type: 'Topology',
  arcs: [[[110, -1], [110.1, -1], [110.1, -1.1], [110, -1.1], [110, -1]]],
  objects: {
    desa: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id: desaCode, properties: { name: 'Sungai Awan Kiri' } }] },
    kecamatan: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id: desaCode.slice(0, 8), properties: { name: 'Muara Pawan' } }] },
  },
});

function server(files: Record<string, unknown>): { fetcher: Fetcher; asked: string[] } {
  const asked: string[] = [];
  const fetcher: Fetcher = async (url) => {
    asked.push(new URL(url).pathname);
    const body = files[new URL(url).pathname];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
  return { fetcher, asked };
}

describe('loadDesaTopology: a village winner’s regency, fetched for its card', () => {
  test('fetches that regency’s file only, beside the page, with its desa and kecamatan by code', async () => {
    const { fetcher, asked } = server({ '/peta/data/desa/61.04.topo.json': desaFile('61.04.17.2002') });
    const { topology, problems } = await loadDesaTopology(BASE, '61.04', regions, fetcher);
    expect(problems).toEqual([]);
    expect(asked).toEqual(['/peta/data/desa/61.04.topo.json']);
    expect(Object.keys(topology!.objects)).toEqual(['desa', 'kecamatan']);
  });

  test('a missing file is a problem naming it, and no topology', async () => {
    const { fetcher } = server({});
    const { topology, problems } = await loadDesaTopology(BASE, '61.08', regions, fetcher);
    expect(topology).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('data/desa/61.08.topo.json');
  });

  test('a desa of another regency in the file is refused: the card would draw it in the wrong place', async () => {
    const { fetcher } = server({ '/peta/data/desa/61.04.topo.json': desaFile('61.08.01.2001') });
    const { topology, problems } = await loadDesaTopology(BASE, '61.04', regions, fetcher);
    expect(topology).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      'data/desa/61.04.topo.json: error: objects.desa: found "61.08.01.2001"; expected only the desa of 61.04, whose codes start with 61.04.',
      'data/desa/61.04.topo.json: error: objects.kecamatan: found "61.08.01"; expected only the kecamatan of 61.04, whose codes start with 61.04.',
    ]);
  });
});
