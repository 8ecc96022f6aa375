// The map of the page's first screen as static SVG, written into the HTML at build time
// (src/pages/app/first-screen.ts): the reader sees the coloured regencies, their names and the land
// around before any script has run, and with none at all. The map element then draws over it from the
// same geometry code (map-geometry.ts) and the same year's picture. Pure, tested in Node.
//
// One set of shapes serves every width: the viewBox is the province with its padding, and
// preserveAspectRatio "meet" fits it to the frame as the element fits it (the width, unless the frame
// is too low). The names are laid out for each kind of screen the page has (a laptop's map, a phone's)
// and carried into the shapes' coordinates; the page's stylesheet shows the set for the screen.
import type { Objects, Topology } from 'topojson-specification';
import { presimplify, simplify } from 'topojson-simplify';
import type { ContextLabel } from '../data/province.ts';
import { mapGeometry, type MapGeometry, type MapLabel } from './map-geometry.ts';
import { LABEL_FIT, labelFontSize } from './label-size.ts';
import { CITY_SYMBOL_PX } from './hit-target.ts';
import { CARRIED_DOTS, HATCH, HATCH_PATH } from './map-patterns.ts';
import { FONT_FAMILY, MAP_COLOUR_PROPERTIES, MAP_COLOURS, MAP_COLOURS_DARK, type MapColourName } from './tokens.ts';
import { escapeXml } from './poster.ts';

/** A kind of screen the names are laid out for: the map's frame on it, and the media query that picks it. */
export interface FirstScreenFrame {
  /** A class name for its names: `first-screen-labels--${name}`. */
  name: string;
  width: number;
  height: number;
}

export interface FirstScreenMapOptions {
  regencyTopology: Topology;
  contextTopology: Topology | null;
  contextLabels?: readonly ContextLabel[];
  /** Each regency's colour by Kemendagri code (null: no figure, the hatch), as the year's picture paints it. */
  fills: ReadonlyMap<string, string | null>;
  /** Each carried figure's regency: dotted and outlined, as on the map. */
  carried?: ReadonlySet<string>;
  /** The name on the map of each regency. */
  labelText: (code: string) => string | undefined;
  /** The accessible name of the picture: the map element's own. */
  title: string;
  frames: readonly FirstScreenFrame[];
}

/** Path data to the pixel of the reference width, which a screen shows at most this large. */
const DIGITS = 0;
/**
 * Corners whose triangle with their neighbours is under this many square pixels at the reference width
 * go (Visvalingam, on the topology's shared arcs, so neighbours keep one border): the HTML carries what
 * a screen can show, not the boundary file's every bend. The names are laid out on the full shapes.
 */
const SIMPLIFY_PX2 = 3;
/** The land around, behind the province: simplified further (its bends are not what a reader looks at). */
const CONTEXT_SIMPLIFY_PX2 = 12;
/** The shapes' own width; every frame scales them. */
const REFERENCE_WIDTH = 700;
/**
 * The space around the province, in the shapes' units: the map element keeps 12 px, and the shapes are
 * shown at about half their width on both screens (a phone's 351 px wide frame, a laptop's 376 px high
 * one), so the names laid out within a frame stay within it here too.
 */
const REFERENCE_PADDING = 24;
const NO_DATA = 'first-screen-no-data';
const CARRIED = 'first-screen-carried';

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * d3's absolute path data ("M12,3L13,5L13,5Z") as relative steps with repeated points left out
 * ("M12 3l1 2z"): a third of the bytes, the same shape.
 */
function compactPath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    if (command === 'Z' || command === 'z') {
      out += 'z';
      continue;
    }
    const [nx, ny] = args!.split(',').map(Number) as [number, number];
    if (command === 'M') out += `M${nx} ${ny}`;
    else if (nx !== x || ny !== y) out += `l${nx - x}${ny - y < 0 ? '' : ' '}${ny - y}`;
    x = nx;
    y = ny;
  }
  return out;
}

/** The SVG, with the data-code of each regency and the colour it is painted. */
export function firstScreenMapSvg({ regencyTopology, contextTopology, contextLabels = [], fills, carried = new Set(), labelText, title, frames }: FirstScreenMapOptions): string {
  const full = mapGeometry(regencyTopology, null, { width: REFERENCE_WIDTH, padding: REFERENCE_PADDING, labelText: () => undefined });
  // Degrees to pixels at the reference width (Mercator near the equator: the same both ways).
  const pxPerDegree = (full.projection!.scale * Math.PI) / 180;
  // The types of topojson-simplify want properties that are never null; the topology's are objects or absent.
  const simpler = (topology: Topology, px2: number) => simplify(presimplify(structuredClone(topology) as Topology<Objects<object>>), px2 / pxPerDegree ** 2) as Topology;
  const shapes = mapGeometry(simpler(regencyTopology, SIMPLIFY_PX2), contextTopology && simpler(contextTopology, CONTEXT_SIMPLIFY_PX2), { width: REFERENCE_WIDTH, padding: REFERENCE_PADDING, digits: DIGITS, labelText: () => undefined });
  const { width, height } = shapes;
  const regencies = shapes.regencies
    .map((r) => `<path class="regency" data-code="${r.code}" d="${compactPath(r.d)}" fill="${fills.get(r.code) ?? `url(#${NO_DATA})`}"/>`)
    .join('');
  const carriedMarks = shapes.regencies
    .filter((r) => carried.has(r.code))
    .map((r) => `<path class="carried" data-code="${r.code}" d="${compactPath(r.d)}" fill="url(#${CARRIED})"/>`)
    .join('');
  const context = shapes.context.map((c) => `<path d="${compactPath(c.d)}"/>`).join('');
  const labelSets = frames.map((frame) => labelSet(frame, shapes, { regencyTopology, contextTopology, contextLabels, labelText })).join('');
  return (
    `<svg class="first-screen-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="${escapeXml(title)}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<defs>${patterns()}</defs>` +
    `<g class="context">${context}</g>` +
    `<g class="regencies">${regencies}</g>` +
    `<path class="regency-borders" d="${compactPath(shapes.regencyBorders)}"/>` +
    `<g class="carried-forward">${carriedMarks}</g>` +
    `<path class="province-outline" d="${compactPath(shapes.provinceOutline)}"/>` +
    `<g class="city-symbols">${(shapes.cityTargets ?? []).map(({ code, x, y }) => `<circle data-code="${code}" cx="${round(x)}" cy="${round(y)}" r="${CITY_SYMBOL_PX / 2}" fill="${fills.get(code) ?? `url(#${NO_DATA})`}"/>`).join('')}</g>` +
    labelSets +
    `</svg>`
  );
}

/**
 * The names as the map element lays them out in `frame`, moved into the shapes' coordinates: both
 * geometries are one Mercator projection, scaled and shifted, so a point maps by that scale and shift,
 * and a name of `size` pixels on that screen is `size / k` in the shapes' units.
 */
function labelSet(
  frame: FirstScreenFrame,
  shapes: MapGeometry,
  { regencyTopology, contextTopology, contextLabels, labelText }: { regencyTopology: Topology; contextTopology: Topology | null; contextLabels: readonly ContextLabel[]; labelText: (code: string) => string | undefined },
): string {
  const fontSize = labelFontSize(frame.width);
  const laidOut = mapGeometry(regencyTopology, contextTopology, { width: frame.width, maxHeight: frame.height, fontSize: fontSize * LABEL_FIT, labelText, contextLabels });
  const from = laidOut.projection!;
  const to = shapes.projection!;
  const k = from.scale / to.scale;
  const x = (px: number) => round((px - from.translate[0]) / k + to.translate[0]);
  const y = (py: number) => round((py - from.translate[1]) / k + to.translate[1]);
  const text = (label: MapLabel) =>
    `<text class="label label--${label.kind}"${label.kind === 'regency' ? ` data-code="${label.id}"` : ''} x="${x(label.x)}" y="${y(label.y)}">${escapeXml(label.text)}</text>`;
  const leaders = laidOut.labels
    .filter((label) => label.leader)
    .map(({ leader }) => `<line x1="${x(leader!.x1)}" y1="${y(leader!.y1)}" x2="${x(leader!.x2)}" y2="${y(leader!.y2)}"/><circle cx="${x(leader!.x2)}" cy="${y(leader!.y2)}" r="${round(1.75 / k)}"/>`)
    .join('');
  return `<g class="first-screen-labels first-screen-labels--${frame.name}" font-size="${round(fontSize / k)}" aria-hidden="true"><g class="leaders" stroke-width="${round(1 / k)}">${leaders}</g>${laidOut.labels.map(text).join('')}</g>`;
}

/** The hatch of "no figure" and the dots of a carried figure, as both map renderers draw them. */
function patterns(): string {
  const { size, lineWidth } = HATCH;
  const hatch = `<pattern id="${NO_DATA}" patternUnits="userSpaceOnUse" width="${size}" height="${size}"><rect class="hatch-ground" width="${size}" height="${size}"/><path class="hatch-line" d="${HATCH_PATH}" stroke-width="${lineWidth}"/></pattern>`;
  const c = CARRIED_DOTS;
  const dots = `<pattern id="${CARRIED}" patternUnits="userSpaceOnUse" width="${c.size}" height="${c.size}"><circle cx="${c.size / 2}" cy="${c.size / 2}" r="${c.radius}" fill="${c.colour}" fill-opacity="${c.opacity}"/></pattern>`;
  return hatch + dots;
}

/**
 * The stylesheet of the pre-rendered map: the map element's colours (light or dark as the page is),
 * its lines and its names' halo, and which set of names each screen shows (`query` per frame name;
 * a frame without one is the default).
 */
export function firstScreenMapCss(queries: Readonly<Record<string, string>>): string {
  const colours = (Object.keys(MAP_COLOUR_PROPERTIES) as MapColourName[]).map((name) => `${MAP_COLOUR_PROPERTIES[name]}:light-dark(${MAP_COLOURS[name]},${MAP_COLOURS_DARK[name]});`).join('');
  const sets = Object.entries(queries)
    .map(([name, query]) => `@media ${query}{.first-screen-labels{display:none}.first-screen-labels--${name}{display:inline}}`)
    .join('');
  const others = Object.keys(queries).map((name) => `.first-screen-labels--${name}`).join(',');
  return (
    `.first-screen-map{${colours}forced-color-adjust:none;display:block;width:100%;height:100%;overflow:visible;background:var(--paritrana-map-sea)}` +
    `.first-screen-map .context path{fill:var(--paritrana-map-land);stroke:var(--paritrana-map-context-border);stroke-width:.75}` +
    `.first-screen-map .regency-borders{fill:none;stroke:var(--paritrana-map-border);stroke-width:.75}` +
    `.first-screen-map .province-outline{fill:none;stroke:var(--paritrana-map-outline);stroke-width:1.4}` +
    `.first-screen-map .carried-forward{stroke:var(--paritrana-map-carried);stroke-width:1.5;stroke-dasharray:3 2.25}` +
    `.first-screen-map .city-symbols circle{stroke:var(--paritrana-map-outline);stroke-width:1.5}` +
    `.first-screen-map .hatch-ground{fill:var(--paritrana-map-no-data)}.first-screen-map .hatch-line{stroke:var(--paritrana-map-hatch)}` +
    `.first-screen-map .leaders line{stroke:var(--paritrana-map-ink)}.first-screen-map .leaders circle{fill:var(--paritrana-map-ink)}` +
    `.first-screen-map .label{fill:var(--paritrana-map-ink);font-weight:600;text-anchor:middle;dominant-baseline:central;paint-order:stroke;stroke:var(--paritrana-map-halo);stroke-width:3px;stroke-linejoin:round}` +
    `.first-screen-map .label--land,.first-screen-map .label--sea{font-weight:500;stroke:none}` +
    `.first-screen-map .label--land{fill:light-dark(#55595f,#aab0b7);letter-spacing:.1em;text-transform:uppercase}.first-screen-map .label--sea{fill:light-dark(#4a6a80,#8fb3cc);font-style:italic}` +
    (others ? `${others}{display:none}` : '') +
    sets
  );
}
