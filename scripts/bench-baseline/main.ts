// The bare MapLibre page (index.html beside this file): MapLibre from node_modules draws the regencies'
// topology (data/regencies.topo.json, converted with topojson-client) as one fill layer, and nothing
// else. npm run bench measures it with Lighthouse in the same run as the app's pages, as the baseline
// the app's figures are compared to (scripts/bench-lighthouse.ts).
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import './baseline.css';

maplibregl.setWorkerUrl(workerUrl);
const topology = (await (await fetch('data/regencies.topo.json')).json()) as Topology;
const regencies = feature(topology, topology.objects.kabupaten as GeometryCollection);

// The regencies' box, to frame the map on them.
const box = [Infinity, Infinity, -Infinity, -Infinity];
const visit = (coordinates: unknown): void => {
  if (typeof (coordinates as Position)[0] === 'number') {
    const [x, y] = coordinates as Position;
    box[0] = Math.min(box[0]!, x!);
    box[1] = Math.min(box[1]!, y!);
    box[2] = Math.max(box[2]!, x!);
    box[3] = Math.max(box[3]!, y!);
  } else for (const inner of coordinates as unknown[]) visit(inner);
};
for (const regency of regencies.features) if (regency.geometry && 'coordinates' in regency.geometry) visit(regency.geometry.coordinates);

new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: { regencies: { type: 'geojson', data: regencies } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f2f0eb' } },
      { id: 'regencies', type: 'fill', source: 'regencies', paint: { 'fill-color': '#2f6f9f', 'fill-outline-color': '#ffffff' } },
    ],
  },
  bounds: box as [number, number, number, number],
  fitBoundsOptions: { padding: 16 },
  attributionControl: false,
});
