// Checks each topology mapshaper wrote against what the app relies on (objects, counts, code ids,
// official names) and strips properties to `name`. mapshaper's id-field copies the code into `id` but
// leaves it in properties too; the app reads the code from `id` only.
import type { GeometryObject, Topology } from 'topojson-specification';

export interface ObjectExpectation {
  /** Official names by code: every feature's id must be a key, and its name the value. */
  names: ReadonlyMap<string, string>;
  /**
   * true: every code in `names` must appear (a complete level). false: at least one must (context
   * layers, where the bounding box decides which neighbours are left).
   */
  complete: boolean;
  /** true: a layer with no feature at all is fine (the country's context has no other province). */
  mayBeEmpty?: boolean;
}

export class BoundaryOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoundaryOutputError';
  }
}

/** Returns the topology as JSON text with properties reduced to {name}; throws on any mismatch. */
export function finalizeTopology(
  topologyText: string,
  fileName: string,
  expected: Readonly<Record<string, ObjectExpectation>>,
): string {
  const topology = JSON.parse(topologyText) as Topology;
  if (topology.type !== 'Topology') throw new BoundaryOutputError(`${fileName}: not a TopoJSON Topology.`);
  const objectNames = Object.keys(topology.objects);
  const expectedNames = Object.keys(expected);
  if (objectNames.join() !== expectedNames.join()) {
    throw new BoundaryOutputError(
      `${fileName}: objects are [${objectNames.join(', ')}], expected [${expectedNames.join(', ')}].`,
    );
  }
  for (const [objectName, { names, complete, mayBeEmpty = false }] of Object.entries(expected)) {
    const collection = topology.objects[objectName];
    if (collection.type !== 'GeometryCollection') {
      throw new BoundaryOutputError(`${fileName}: object ${objectName} is not a GeometryCollection.`);
    }
    const where = `${fileName}, object ${objectName}`;
    const seen = new Set<string>();
    for (const geometry of collection.geometries as GeometryObject<{ name?: unknown }>[]) {
      const { id } = geometry;
      if (typeof id !== 'string' || !names.has(id)) {
        throw new BoundaryOutputError(`${where}: feature id ${JSON.stringify(id)} is not an expected code.`);
      }
      if (seen.has(id)) throw new BoundaryOutputError(`${where}: id ${id} appears twice.`);
      seen.add(id);
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
        throw new BoundaryOutputError(`${where}, id ${id}: geometry is ${geometry.type}, expected polygons.`);
      }
      const name = geometry.properties?.name;
      if (name !== names.get(id)) {
        throw new BoundaryOutputError(
          `${where}, id ${id}: name is ${JSON.stringify(name)}, expected ${JSON.stringify(names.get(id))}.`,
        );
      }
      geometry.properties = { name };
    }
    const missing = [...names.keys()].filter((code) => !seen.has(code));
    if ((complete && missing.length > 0) || (seen.size === 0 && !mayBeEmpty)) {
      throw new BoundaryOutputError(
        `${where}: ${seen.size} features, expected ${complete ? names.size : 'at least 1'}; ` +
          `missing ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', ...' : ''}.`,
      );
    }
  }
  return JSON.stringify(topology);
}
