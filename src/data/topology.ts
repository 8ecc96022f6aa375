// Checking a boundary topology before anything draws it: a truncated download, a file of the wrong
// kind, a point where a polygon belongs, or a BPS code as an id would otherwise draw nothing or
// colour the wrong regency without a word.
import type { Topology } from 'topojson-specification';
import { invisibleIn } from './problem-text.ts';
import { ProblemLog, w, type Problem, type Wording } from './problems.ts';
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

const REGION_OBJECTS: readonly string[] = ['kabupaten', 'provinsi'];
/** What the topology files the build makes must hold, by file: used by the app and by validate. */
export const TOPOLOGY_CHECKS = {
  regencies: { requiredObjects: ['kabupaten', 'provinsi'], regionObjects: REGION_OBJECTS },
  /** A regency's desa file (desaTopologyFile): its desa and kecamatan, whose codes are finer than regions'. */
  desa: { requiredObjects: ['desa', 'kecamatan'], regionObjects: [] },
  context: { requiredObjects: ['provinsi', 'negara'], regionObjects: [] },
} as const satisfies Record<string, TopologyCheck>;

const AREA_TYPES = new Set(['Polygon', 'MultiPolygon']);

export function parseTopology(
  text: string,
  file: string,
  regions: RegionIndex,
  check: TopologyCheck = {},
): { topology: Topology | null; problems: Problem[] } {
  const log = new ProblemLog(file);
  try {
    return checkTopology(text, regions, check, log);
  } catch (error) {
    // Every check below walks a fixed depth, without recursion; this is the guard for what no check
    // foresaw (a stack overflow, an engine limit): the file is refused with a problem, never a crash.
    if (!(error instanceof RangeError)) throw error;
    log.error(null, null, null, w(
      `topologi yang dapat dibaca pemeriksaan (${error.message}); apakah berkasnya bersarang terlalu dalam atau terlalu besar?`,
      `a topology the checks can read (${error.message}); is the file nested too deep or too large?`,
    ));
    return { topology: null, problems: log.problems };
  }
}

function checkTopology(
  text: string,
  regions: RegionIndex,
  { requiredObjects = ['kabupaten'], regionObjects = REGION_OBJECTS }: TopologyCheck,
  log: ProblemLog,
): { topology: Topology | null; problems: Problem[] } {
  const json = parseJson(text, log);
  if (json === undefined) return { topology: null, problems: log.problems };

  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'Topology') {
    const given = typeof json === 'object' && json !== null ? (json as { type?: unknown }).type : typeof json;
    const type = given === undefined ? null : String(given);
    const hint =
      type === 'FeatureCollection'
        ? w(' (ini GeoJSON: bangun topologinya dengan npm run build:data)', ' (this is GeoJSON: build the topology with npm run build:data)')
        : Array.isArray(json) ? w(' (berkas ini berisi larik JSON)', ' (the file holds a JSON array)') : w('', '');
    log.error(null, 'type', type, w(`objek TopoJSON dengan "type": "Topology"${hint.id}`, `a TopoJSON object with "type": "Topology"${hint.en}`));
    return { topology: null, problems: log.problems };
  }
  const topology = json as Topology;
  if (!Array.isArray(topology.arcs)) {
    log.error(null, 'arcs', null, w('larik "arcs" berisi daftar koordinat', 'an "arcs" array of coordinate lists'));
    return { topology: null, problems: log.problems };
  }
  const transform = checkTransform((topology as { transform?: unknown }).transform, log);
  checkArcs(topology.arcs as unknown[], transform, log);
  if (typeof topology.objects !== 'object' || topology.objects === null) {
    log.error(null, 'objects', null, w('peta "objects" yang menamai lapisan', 'an "objects" map naming the layers'));
    return { topology: null, problems: log.problems };
  }
  for (const name of requiredObjects) {
    if (!(name in topology.objects)) {
      const found = Object.keys(topology.objects).join(', ');
      log.error(null, `objects.${name}`, null, w(`objek bernama "${name}" (ditemukan: ${found || 'tidak ada'})`, `an object named "${name}" (found: ${found || 'none'})`));
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
    log.error(null, null, null, w('topologi TopoJSON; berkas ini kosong', 'a TopoJSON topology; the file is empty'));
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
      truncated
        ? w('JSON yang lengkap; berkas berakhir di tengah (unduhan terpotong?)', 'complete JSON; the file ends in the middle (truncated download?)')
        : w(`JSON yang sah (${message.replace(/\s*\(line \d+ column \d+\)/, '')})`, `valid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, '')})`),
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
    log.error(null, path, String(object), w('GeometryCollection atau objek geometri', 'a GeometryCollection or a geometry object'));
    return;
  }
  const geometries: TopologyObject[] =
    object.type === 'GeometryCollection' ? object.geometries : [object];
  if (object.type === 'GeometryCollection' && !Array.isArray(object.geometries)) {
    log.error(null, `${path}.geometries`, null, w('larik geometri', 'an array of geometries'));
    return;
  }
  const ids = new Map<string, number>();
  geometries.forEach((geometry, i) => {
    const at = `${path}.geometries[${i}]`;
    if (typeof geometry !== 'object' || geometry === null) {
      log.error(null, at, String(geometry), w('objek geometri', 'a geometry object'));
      return;
    }
    if (!AREA_TYPES.has(geometry.type as string)) {
      log.error(null, `${at}.type`, String(geometry.type), w('Polygon atau MultiPolygon: batas wilayah adalah bidang', 'Polygon or MultiPolygon: boundaries are areas'));
      return;
    }
    checkArcIndexes((geometry as { arcs?: unknown }).arcs, geometry.type === 'MultiPolygon', arcCount, `${at}.arcs`, log);
    if (regions !== null) {
      const id = geometry.id === undefined ? '' : String(geometry.id);
      // Indonesia's outline on the national map: the country has no Kemendagri code to carry.
      if (id === '' && name === 'provinsi' && regions.province?.type === 'negara') return;
      const resolved = resolveRegion(regions, id);
      const invisible = invisibleIn(id);
      if (invisible) log.error(null, `${at}.id`, id, w(`kode Kemendagri tanpa karakter tak terlihat; ditemukan ${invisible.id}`, `the Kemendagri code without invisible characters; found ${invisible.en}`));
      else if (!resolved.ok) log.error(null, `${at}.id`, id || null, resolved.expected);
      else if (String(geometry.id) !== resolved.region.code) log.error(null, `${at}.id`, id, w(`kode Kemendagri "${resolved.region.code}" sebagai id`, `the Kemendagri code "${resolved.region.code}" as the id`));
      else if (ids.has(id)) log.error(null, `${at}.id`, id, w(`setiap wilayah sekali dalam lapisan; ${path}.geometries[${ids.get(id)}] sudah memuatnya`, `each region once in the layer; ${path}.geometries[${ids.get(id)}] has it already`));
      else ids.set(id, i);
    }
  });
  if (regions !== null && name === 'kabupaten') {
    const missing = regions.regencies.filter((r) => !ids.has(r.code));
    if (missing.length > 0 && ids.size > 0) {
      const list = missing.map((r) => `${r.code} ${r.shortName}`).join(', ');
      log.error(null, path, null, w(`semua ${regions.regencies.length} kabupaten/kota; tidak ada ${list}`, `all ${regions.regencies.length} regencies; missing ${list}`));
    }
  }
}

/**
 * A Polygon's arcs are rings of arc indices, a MultiPolygon's are polygons of rings: walked by loops of
 * that fixed depth, never recursively, so arrays nested 150,000 deep are one problem and not a stack
 * overflow. Reports the first wrong entry of the geometry, by its JSON path.
 */
function checkArcIndexes(arcs: unknown, multi: boolean, arcCount: number, path: string, log: ProblemLog): void {
  const wrong = (at: string, value: unknown, expected: Wording) => {
    const none = value === undefined || Array.isArray(value);
    log.error(null, at, value === undefined ? null : preview(value), w(`${expected.id}${none ? ' (tidak diberikan)' : ''}`, `${expected.en}${none ? ' (none given)' : ''}`));
  };
  if (!isFilledArray(arcs)) {
    wrong(path, arcs, multi ? w('poligon: larik berisi larik cincin', 'polygons: an array of arrays of rings') : w('cincin: larik berisi larik indeks busur', 'rings: an array of arrays of arc indices'));
    return;
  }
  const polygons: readonly unknown[] = multi ? arcs : [arcs];
  for (let p = 0; p < polygons.length; p++) {
    const polygon = polygons[p];
    const polygonPath = multi ? `${path}[${p}]` : path;
    if (!isFilledArray(polygon)) return wrong(polygonPath, polygon, w('poligon: larik cincin', 'a polygon: an array of rings'));
    for (let r = 0; r < polygon.length; r++) {
      const ring = polygon[r];
      if (!isFilledArray(ring)) return wrong(`${polygonPath}[${r}]`, ring, w('cincin: larik indeks busur', 'a ring: an array of arc indices'));
      for (let k = 0; k < ring.length; k++) {
        const index = ring[k];
        if (typeof index !== 'number' || !Number.isInteger(index) || index < -arcCount || index >= arcCount) {
          log.error(null, `${polygonPath}[${r}][${k}]`, preview(index), w(
            `indeks busur antara -${arcCount} dan ${arcCount - 1} (berkas ini memiliki ${arcCount} busur)${notText(index).id}`,
            `arc indices between -${arcCount} and ${arcCount - 1} (the file has ${arcCount} arcs)${notText(index).en}`,
          ));
          return;
        }
      }
    }
  }
}

function isFilledArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0;
}

interface Transform {
  scale: [number, number];
  translate: [number, number];
}

/** A quantised topology's transform: two finite scales above 0 and two finite offsets; null when absent. */
function checkTransform(transform: unknown, log: ProblemLog): Transform | null | 'wrong' {
  if (transform === undefined) return null;
  if (typeof transform !== 'object' || transform === null || Array.isArray(transform)) {
    log.error(null, 'transform', preview(transform), w('objek dengan "scale" dan "translate", atau tanpa transform sama sekali', 'an object with "scale" and "translate", or no transform at all'));
    return 'wrong';
  }
  const { scale, translate } = transform as { scale?: unknown; translate?: unknown };
  const pair = (value: unknown, field: string, positive: boolean): [number, number] | null => {
    if (Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n) && (!positive || n > 0))) {
      return value as [number, number];
    }
    log.error(null, `transform.${field}`, value === undefined ? null : preview(value), positive ? w('dua angka hingga di atas 0, [x, y]', 'two finite numbers above 0, [x, y]') : w('dua angka hingga, [x, y]', 'two finite numbers, [x, y]'));
    return null;
  };
  const s = pair(scale, 'scale', true);
  const t = pair(translate, 'translate', false);
  return s && t ? { scale: s, translate: t } : 'wrong';
}

/**
 * Every arc a list of at least two positions, each position two finite numbers that land on the globe
 * (after the transform, when the file is quantised: positions are then steps from the previous one).
 * Reports the first wrong position of each arc, by its JSON path; a wrong transform is reported once,
 * and positions are then checked for their shape only.
 */
function checkArcs(arcs: readonly unknown[], transform: Transform | null | 'wrong', log: ProblemLog): void {
  for (let i = 0; i < arcs.length; i++) {
    const arc = arcs[i];
    const at = `arcs[${i}]`;
    if (!Array.isArray(arc) || arc.length < 2) {
      log.error(null, at, preview(arc), w('busur: larik berisi sedikitnya dua posisi [bujur, lintang]', 'an arc: an array of at least two positions [longitude, latitude]'));
      continue;
    }
    let x = 0;
    let y = 0;
    for (let j = 0; j < arc.length; j++) {
      const position: unknown = arc[j];
      const where = `${at}[${j}]`;
      if (!Array.isArray(position) || position.length < 2) {
        log.error(null, where, preview(position), w('posisi: larik dua angka [bujur, lintang]', 'a position: an array of two numbers [longitude, latitude]'));
        break;
      }
      const bad = !isFiniteNumber(position[0]) ? 0 : !isFiniteNumber(position[1]) ? 1 : undefined;
      if (bad !== undefined) {
        log.error(null, `${where}[${bad}]`, preview(position[bad]), w(`angka hingga${notText(position[bad]).id}`, `a finite number${notText(position[bad]).en}`));
        break;
      }
      if (transform === 'wrong') continue;
      x = transform ? x + (position[0] as number) : (position[0] as number);
      y = transform ? y + (position[1] as number) : (position[1] as number);
      const longitude = transform ? x * transform.scale[0] + transform.translate[0] : x;
      const latitude = transform ? y * transform.scale[1] + transform.translate[1] : y;
      if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90)) {
        // Quantised positions are steps, not places: say where the step lands. Unquantised ones are the place.
        const lands = transform;
        log.error(null, where, preview(position), w(
          `titik di bumi (bujur -180 sampai 180, lintang -90 sampai 90)${lands ? `; setelah transform langkah ini jatuh di bujur ${longitude}, lintang ${latitude}` : ''}`,
          `a point on the globe (longitude -180 to 180, latitude -90 to 90)${lands ? `; after the transform this step lands at longitude ${longitude}, latitude ${latitude}` : ''}`,
        ));
        break;
      }
    }
  }
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The hint for a number written in quotes, which JSON reads as text. */
function notText(value: unknown): Wording {
  return typeof value === 'string' ? w('; ini teks dalam tanda kutip', '; this is text in quotes') : w('', '');
}

/**
 * A value in a message: text as it is, anything else as short JSON, cut at any depth or length and
 * never walking more of the value than it shows.
 */
function preview(value: unknown): string {
  if (typeof value === 'string') return value;
  const MAX = 60;
  let out = '';
  const write = (v: unknown, depth: number): void => {
    if (out.length > MAX) return;
    if (Array.isArray(v)) {
      if (depth >= 4) {
        out += v.length === 0 ? '[]' : '[…]';
        return;
      }
      out += '[';
      for (let i = 0; i < v.length && out.length <= MAX; i++) {
        if (i > 0) out += ',';
        write(v[i], depth + 1);
      }
      out += ']';
    } else if (typeof v === 'object' && v !== null) {
      out += '{…}';
    } else if (typeof v === 'string') {
      out += JSON.stringify(v.length > MAX ? `${v.slice(0, MAX)}…` : v);
    } else {
      out += String(v);
    }
  };
  write(value, 0);
  return out;
}
