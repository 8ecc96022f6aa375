// Labels for the WebGL map: the same layout as the SVG map's (label-layout.ts), but over whatever view
// MapLibre shows, so it is redone when the view moves. Positions come in through `project`, so this
// stays pure and is tested in Node with a d3 projection standing in for the map.
import { geoArea, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ContextLabel } from '../data/province.ts';
import { placeLabels, type Box, type LabelRequest } from './label-layout.ts';
import { labelPoint, rewound, type MapLabel } from './map-geometry.ts';

interface LabelAnchor {
  code: string;
  /** [longitude, latitude] of the point the regency's label names, well inside its largest part. */
  at: [number, number];
  /** The regency's area in steradians. */
  area: number;
}

type Area = Feature<Polygon | MultiPolygon>;

export interface LabelGeography {
  anchors: LabelAnchor[];
  /** The province, wound for d3-geo, to keep neighbours' names off it. */
  province: FeatureCollection;
  /** Names of the land and sea around (data/province.json). */
  contextLabels: readonly ContextLabel[];
}

export function labelGeography(regencyTopology: Topology, contextLabels: readonly ContextLabel[] = []): LabelGeography {
  const regencies = (feature(regencyTopology, regencyTopology.objects.kabupaten as GeometryCollection) as FeatureCollection).features as Area[];
  const provinceFeatures = (feature(regencyTopology, regencyTopology.objects.provinsi as GeometryCollection) as FeatureCollection).features as Area[];
  const anchors = regencies.map((raw) => {
    const area = rewound(raw);
    return { code: String(area.id), at: labelPoint(area), area: geoArea(area) };
  });
  return { anchors, province: { type: 'FeatureCollection', features: provinceFeatures.map(rewound) }, contextLabels };
}

export interface MapLabelOptions {
  width: number;
  height: number;
  fontSize: number;
  /** [longitude, latitude] to pixels in the current view. */
  project: (at: [number, number]) => [number, number];
  /** Pixels to [longitude, latitude]; without it no neighbour's or sea's name is placed. */
  unproject?: (point: [number, number]) => [number, number];
  /** Pixels per radian at the province (Web Mercator: 512 * 2^zoom / 2π), for the regencies' areas. */
  pixelsPerRadian: number;
  labelText: (code: string) => string | undefined;
  /** Boxes in the view no label may overlap: the zoom buttons. */
  keepClear?: readonly Box[];
}

export function layOutMapLabels(geography: LabelGeography, { width, height, fontSize, project, unproject, pixelsPerRadian, labelText, keepClear }: MapLabelOptions): MapLabel[] {
  const kinds = new Map<string, MapLabel['kind']>();
  const requests: LabelRequest[] = [];
  for (const anchor of geography.anchors) {
    const text = labelText(anchor.code);
    if (text === undefined) continue;
    const [x, y] = project(anchor.at);
    requests.push({ id: anchor.code, text, x, y, area: anchor.area * pixelsPerRadian ** 2 });
    kinds.set(anchor.code, 'regency');
  }
  requests.sort((a, b) => a.area! - b.area!);
  if (unproject) {
    for (const label of geography.contextLabels) {
      const id = `context:${label.text}`;
      kinds.set(id, label.kind);
      for (const at of label.at) {
        const [x, y] = project(at);
        requests.push({ id, text: label.text, x, y, fixed: true, glyphWidth: label.kind === 'land' ? 0.82 : 0.6 });
      }
    }
  }
  const onProvince = (box: Box, request: LabelRequest) => {
    if (!request.id.startsWith('context:') || !unproject) return false;
    const xs = [box.left, (box.left + box.right) / 2, box.right];
    const ys = [box.top, (box.top + box.bottom) / 2, box.bottom];
    return xs.some((x) => ys.some((y) => geoContains(geography.province, unproject([x, y]))));
  };
  return placeLabels(requests, { width, height, fontSize, keepClear, blocked: onProvince }).map((label) => ({ ...label, kind: kinds.get(label.id)! }));
}
