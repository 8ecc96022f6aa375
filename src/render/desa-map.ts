// A desa inside its regency, for a desa winner's card: the regency's desa drawn faint, the winner's
// kecamatan outlined, the desa itself filled. From a regency's desa topology (data/desa/<regency>.topo.json:
// object `desa`, ids the desa codes, and `kecamatan`, ids the kecamatan codes). Pure: path strings only,
// the page draws them; tested in Node with a small topology.
import { geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { rewound } from './map-geometry.ts';

export interface DesaMapPicture {
  width: number;
  height: number;
  /** Every desa of the regency, one path: the regency's ground. */
  regency: string;
  /** The regency's outline: the desa borders no other desa shares. */
  outline: string;
  /** The borders between the regency's kecamatan, faint. */
  kecamatanBorders: string;
  /** The winner's kecamatan, outlined. */
  kecamatan: string;
  /** The winner's desa, filled. */
  desa: string;
  /** The desa's centre, ringed: a desa is often a few pixels of a regency. */
  centre: [number, number];
}

type Area = Feature<Polygon | MultiPolygon>;

const areas = (collection: FeatureCollection | Feature): Area[] =>
  (collection.type === 'FeatureCollection' ? collection.features : [collection])
    .filter((f): f is Area => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
    .map(rewound);

/** The kecamatan of a desa code: "61.04.17" of "61.04.17.2002". */
export const kecamatanOf = (desaCode: string): string => desaCode.split('.').slice(0, 3).join('.');

/**
 * The picture of `desaCode` in a `width` × `height` frame (the regency fitted inside `padding`); null
 * when the topology lacks the desa: the card then shows the regency on the map only.
 */
export function desaMap(topology: Topology, desaCode: string, { width, height, padding = 8 }: { width: number; height: number; padding?: number }): DesaMapPicture | null {
  const desaObject = topology.objects.desa as GeometryCollection | undefined;
  if (!desaObject) return null;
  const all = areas(feature(topology, desaObject));
  const desa = all.find((area) => String(area.id) === desaCode);
  if (!desa) return null;
  const ground: FeatureCollection = { type: 'FeatureCollection', features: all };
  const projection = geoMercator().fitExtent([[padding, padding], [width - padding, height - padding]], ground);
  const path = geoPath(projection);
  const kecamatanObject = topology.objects.kecamatan as GeometryCollection | undefined;
  const kecamatan = kecamatanObject ? areas(feature(topology, kecamatanObject)).find((area) => String(area.id) === kecamatanOf(desaCode)) : undefined;
  return {
    width,
    height,
    regency: path(ground) ?? '',
    outline: path(mesh(topology, desaObject, (a, b) => a === b)) ?? '',
    kecamatanBorders: kecamatanObject ? path(mesh(topology, kecamatanObject, (a, b) => a !== b)) ?? '' : '',
    kecamatan: kecamatan ? path(kecamatan) ?? '' : '',
    desa: path(desa) ?? '',
    centre: path.centroid(desa),
  };
}
