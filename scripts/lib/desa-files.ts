// The desa files the boundary build wrote for a province (one a regency, desaTopologyFile): where the
// build and the validate command find them, and the desa they hold.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { desaTopologyFile } from '../../src/data/files.ts';
import { indexDesa, type DesaIndex } from '../../src/data/desa.ts';

/** The desa files in a data folder, as paths; none before the boundary build, or for a province without desa. */
export function desaFiles(dataOutDir: string): string[] {
  const dir = join(dataOutDir, dirname(desaTopologyFile('00.00')));
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.topo.json')).sort().map((name) => join(dir, name));
}

/** The desa of the data folder's desa files; null when there are none to check against. */
export function readDesaIndex(dataOutDir: string): DesaIndex | null {
  const files = desaFiles(dataOutDir);
  if (files.length === 0) return null;
  return indexDesa(files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Topology));
}
