// Each regency's label point written into the regency topology (properties.label, [longitude, latitude]):
// the point well inside its largest part that the map names it at (src/render/map-geometry.ts labelPoint).
// Finding it is the costliest step of drawing the map, and it never changes between two builds of the
// same boundaries: the browser reads it instead of searching on every page load. A topology without it
// (a partner's own boundaries) still works: the map finds the points itself.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { labelPoint, rewound } from '../../../src/render/map-geometry.ts';

/** A ten-thousandth of a degree: about a metre, far under a pixel at any zoom the map shows. */
const round = (degrees: number) => Math.round(degrees * 1e4) / 1e4;

export function withLabelPoints(topologyText: string, objectName = 'kabupaten'): string {
  const topology = JSON.parse(topologyText) as Topology;
  const collection = topology.objects[objectName] as GeometryCollection<Record<string, unknown>>;
  for (const geometry of collection.geometries) {
    const area = rewound(feature(topology, geometry) as Feature<Polygon | MultiPolygon>);
    const [longitude, latitude] = labelPoint(area);
    geometry.properties = { ...geometry.properties, label: [round(longitude), round(latitude)] };
  }
  return JSON.stringify(topology);
}
