// A village winner's regency, desa by desa: its desa file (data/desa/<regency code>.topo.json, objects
// desa and kecamatan), fetched when the ceremony reaches that winner's card and never with the page, so
// a ceremony of regency winners loads no desa at all.
import type { Topology } from 'topojson-specification';
import { desaTopologyFile } from '../data/files.ts';
import type { Problem } from '../data/problems.ts';
import type { RegionIndex } from '../data/regions.ts';
import { fetchText, NO_PAGE, type Fetcher, type PageContext } from './load.ts';

export interface DesaTopology {
  /** Objects `desa` and `kecamatan`, each feature's id its Kemendagri code and its property `name`; null when it could not be used. */
  topology: Topology | null;
  /** What was wrong with the file, named as data/desa/61.04.topo.json. */
  problems: Problem[];
}

/**
 * The desa and kecamatan of a regency ("61.04"), from the site at `base` (the page's address), checked
 * as every boundary file is before it is drawn. A desa of another regency in the file is a problem: the
 * card would draw a village where it is not.
 */
export async function loadDesaTopology(
  base: string | URL,
  regencyCode: string,
  regions: RegionIndex,
  fetcher: Fetcher = (url) => fetch(url, { cache: 'no-cache' }),
  page: PageContext = NO_PAGE,
): Promise<DesaTopology> {
  const file = `data/${desaTopologyFile(regencyCode)}`;
  const fetched = await fetchText(new URL(file, base), file, fetcher, 'TopoJSON file', false, page);
  if (!fetched.ok) return { topology: null, problems: [fetched.problem] };
  const { parseTopology, strayDesa, TOPOLOGY_CHECKS } = await import('./parse-files.ts');
  const result = parseTopology(fetched.text, file, regions, TOPOLOGY_CHECKS.desa);
  const problems = [...fetched.problems, ...result.problems, ...(result.topology ? strayDesa(result.topology, regencyCode, file) : [])];
  return { topology: problems.some((p) => p.severity === 'error') ? null : result.topology, problems };
}
