// Checking a boundary topology before anything draws it: a truncated download, a file of the wrong
// kind, a point where a polygon belongs, or a BPS code as an id would otherwise draw nothing or
// colour the wrong regency without a word.
import type { Topology } from 'topojson-specification';
import { ProblemLog, type Problem } from './problems.ts';
import { resolveRegion, type RegionIndex } from './regions.ts';

export interface TopologyCheck {
  /** Objects that must be present, e.g. ["kabupaten", "provinsi"]. */
  requiredObjects?: readonly string[];
  /**
   * Objects whose ids must be the province's Kemendagri codes. A context layer (other provinces, other
   * countries) has none: nothing is joined to it.
   */
  regionObjects?: readonly string[];
}

export const REGION_OBJECTS: readonly string[] = ['kabupaten', 'provinsi'];
/** What the topology files the build makes must hold, by file: used by the app and by validate. */
export const TOPOLOGY_CHECKS = {
  regencies: { requiredObjects: ['kabupaten', 'provinsi'], regionObjects: REGION_OBJECTS },
  desa: { requiredObjects: ['desa', 'kecamatan', 'kabupaten', 'provinsi'], regionObjects: REGION_OBJECTS },
  context: { requiredObjects: ['provinsi', 'negara'], regionObjects: [] },
} as const satisfies Record<string, TopologyCheck>;

const AREA_TYPES = new Set(['Polygon', 'MultiPolygon']);

export function parseTopology(
  text: string,
  file: string,
  regions: RegionIndex,
  { requiredObjects = ['kabupaten'], regionObjects = REGION_OBJECTS }: TopologyCheck = {},
): { topology: Topology | null; problems: Problem[] } {
  const log = new ProblemLog(file);
  const json = parseJson(text, log);
  if (json === undefined) return { topology: null, problems: log.problems };

  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'Topology') {
    const given = typeof json === 'object' && json !== null ? (json as { type?: unknown }).type : typeof json;
    const type = given === undefined ? null : String(given);
    const hint =
      type === 'FeatureCollection' ? ' (this is GeoJSON: build the topology with npm run build:data)' : Array.isArray(json) ? ' (the file holds a JSON array)' : '';
    log.error(null, 'type', type, `a TopoJSON object with "type": "Topology"${hint}`);
    return { topology: null, problems: log.problems };
  }
  const topology = json as Topology;
  if (!Array.isArray(topology.arcs)) {
    log.error(null, 'arcs', null, 'an "arcs" array of coordinate lists');
    return { topology: null, problems: log.problems };
  }
  if (typeof topology.objects !== 'object' || topology.objects === null) {
    log.error(null, 'objects', null, 'an "objects" map naming the layers');
    return { topology: null, problems: log.problems };
  }
  for (const name of requiredObjects) {
    if (!(name in topology.objects)) {
      log.error(null, `objects.${name}`, null, `an object named "${name}" (found: ${Object.keys(topology.objects).join(', ') || 'none'})`);
    }
  }
  const arcCount = topology.arcs.length;
  for (const [name, object] of Object.entries(topology.objects)) {
    checkObject(name, object, arcCount, regionObjects.includes(name) ? regions : null, log);
  }
  return { topology: log.errorCount === 0 ? topology : null, problems: log.problems };
}

function parseJson(text: string, log: ProblemLog): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    log.error(null, null, null, 'a TopoJSON topology; the file is empty');
    return undefined;
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const unexpected = unexpectedToken(raw, body);
    const message = unexpected?.message ?? raw;
    const position = /position (\d+)/.exec(message);
    let line: number | null = null;
    if (position) line = body.slice(0, Number(position[1])).split('\n').length;
    else if (unexpected && unexpected.position !== null) line = body.slice(0, unexpected.position).split('\n').length;
    const truncated = /end of (JSON )?input|Unterminated/i.test(message) || (position !== null && Number(position[1]) >= body.trimEnd().length);
    log.error(
      truncated ? body.trimEnd().split('\n').length : line,
      null,
      null,
      truncated ? 'complete JSON; the file ends in the middle (truncated download?)' : `valid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, '')})`,
    );
    return undefined;
  }
}

/**
 * V8 words some syntax errors as `Unexpected token '{', ..."<source>"... is not valid JSON`: no
 * position, and a piece of the file (line breaks and all) that would break a one-line message. Keep
 * the first part, and find the token from the piece: V8 quotes 10 characters either side of it.
 */
function unexpectedToken(message: string, body: string): { message: string; position: number | null } | null {
  const match = /^(Unexpected token '(.)'), (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!match) return null;
  const [, head, token, before, context, after] = match;
  let position: number;
  if (before) position = body.indexOf(context!) + 10;
  else if (after) position = context!.length - 10;
  else position = body.indexOf(token!) === body.lastIndexOf(token!) ? body.indexOf(token!) : -1;
  return { message: head!, position: position >= 0 && body[position] === token ? position : null };
}

type TopologyObject = Topology['objects'][string];

function checkObject(name: string, object: TopologyObject, arcCount: number, regions: RegionIndex | null, log: ProblemLog): void {
  const path = `objects.${name}`;
  if (typeof object !== 'object' || object === null) {
    log.error(null, path, String(object), 'a GeometryCollection or a geometry object');
    return;
  }
  const geometries: TopologyObject[] =
    object.type === 'GeometryCollection' ? object.geometries : [object];
  if (object.type === 'GeometryCollection' && !Array.isArray(object.geometries)) {
    log.error(null, `${path}.geometries`, null, 'an array of geometries');
    return;
  }
  const ids = new Map<string, number>();
  geometries.forEach((geometry, i) => {
    const at = `${path}.geometries[${i}]`;
    if (typeof geometry !== 'object' || geometry === null) {
      log.error(null, at, String(geometry), 'a geometry object');
      return;
    }
    if (!AREA_TYPES.has(geometry.type as string)) {
      log.error(null, `${at}.type`, String(geometry.type), `Polygon or MultiPolygon: boundaries are areas`);
      return;
    }
    const badArc = arcOutOfRange((geometry as { arcs?: unknown }).arcs, arcCount);
    if (badArc) {
      log.error(null, `${at}.arcs`, badArc.found, `arc indices between -${arcCount} and ${arcCount - 1} (the file has ${arcCount} arcs)`);
    }
    if (regions !== null) {
      const id = geometry.id === undefined ? '' : String(geometry.id);
      const resolved = resolveRegion(regions, id);
      if (!resolved.ok) log.error(null, `${at}.id`, id || null, resolved.expected);
      else if (String(geometry.id) !== resolved.region.code) log.error(null, `${at}.id`, id, `the Kemendagri code "${resolved.region.code}" as the id`);
      else if (ids.has(id)) log.error(null, `${at}.id`, id, `each region once in the layer; ${path}.geometries[${ids.get(id)}] has it already`);
      else ids.set(id, i);
    }
  });
  if (regions !== null && name === 'kabupaten') {
    const missing = regions.regencies.filter((r) => !ids.has(r.code));
    if (missing.length > 0 && ids.size > 0) {
      log.error(null, path, null, `all ${regions.regencies.length} regencies; missing ${missing.map((r) => `${r.code} ${r.shortName}`).join(', ')}`);
    }
  }
}

/** The first arc reference that names no arc (found: null when arcs are missing), or null when all do. */
function arcOutOfRange(arcs: unknown, arcCount: number): { found: string | null } | null {
  if (typeof arcs === 'number') return Number.isInteger(arcs) && arcs >= -arcCount && arcs < arcCount ? null : { found: String(arcs) };
  if (!Array.isArray(arcs) || arcs.length === 0) return { found: arcs === undefined ? null : JSON.stringify(arcs) };
  for (const a of arcs) {
    const bad = arcOutOfRange(a, arcCount);
    if (bad) return bad;
  }
  return null;
}
