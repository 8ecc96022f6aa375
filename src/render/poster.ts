// The poster behind "Save the map as PNG": title, map, legend and credits as one SVG document, drawn
// from the same geometry as the SVG map (so it is identical whichever renderer is on screen, and
// needs no WebGL read-back). The page rasterises it (src/pages/app/download.ts). Pure, tested in Node.
import type { LegendEntry } from '../scale/legend-entries.ts';
import type { RegionPicture } from '../scale/year-view.ts';
import type { MapGeometry } from './map-geometry.ts';
import { CARRIED_DOTS, HATCH, HATCH_PATH } from './map-patterns.ts';
import { FONT_FAMILY, MAP_COLOURS } from './tokens.ts';

export interface PosterOptions {
  geometry: MapGeometry;
  /**
   * The year's picture the map shows (yearView): each regency's colour (none or absent draws the no-data
   * hatch), a carried figure's dots and dashed outline over its colour, and the legend's entries in order.
   */
  view: {
    regencies: readonly (Pick<RegionPicture, 'code' | 'colour' | 'origin'> & { text?: { value: string } | null })[];
    legend: { entries: readonly Pick<LegendEntry, 'kind' | 'colour' | 'label'>[] };
  };
  /** The full title, read away from the page: what, of whom, where and when. Wrapped to the width. */
  title: string;
  /** The page's year summary, word for word. */
  subtitle: string;
  /** The source, with the page's address for the year and metric. */
  source?: string;
  credit: string;
}

/**
 * A regency's name on the poster, with its value as the screen writes it (the figure's text of the
 * year's picture) where it has one: "Ketapang 68,02%". The poster's labels are laid out with it.
 */
export function posterLabel(shortName: string, picture: { colour: string | null; text: { value: string } | null } | undefined): string {
  return picture?.colour && picture.text ? `${shortName} ${picture.text.value}` : shortName;
}

const TITLE_SIZE = 26;
const TITLE_LINE = 32;
/** Average glyph width of the bold title, as a share of its size (system sans-serif at weight 700). */
const TITLE_GLYPH = 0.58;
const LEGEND_ROW = 26;
const SOURCE_LINE = 20;
/** Average glyph width of the source line, as a share of its size; an address's letters run wide. */
const SOURCE_GLYPH = 0.56;
// The SVG map's dashed outline of a carried figure (src/elements/map/map.styles.ts .carried; MapLibre's
// 'regency-carried-outline' is 1.5 px wide with dashes of 2 and 1.5 widths: the same 3 and 2.25 px).
const CARRIED_OUTLINE = { width: 1.5, dash: '3 2.25' } as const;
const PATTERN = { noData: 'no-data', carried: 'carried-forward' } as const;

const XML_ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

/**
 * Text as XML can hold it. XML 1.0 has no way to write most control characters (not even as
 * `&#1;`), nor U+FFFE/U+FFFF or half of a surrogate pair: one of them in a regency's name made the
 * whole poster an invalid image, and the PNG download failed. They are invisible on screen too, so
 * dropping them keeps the poster what the screen shows; tab and line breaks become spaces, as HTML
 * shows them.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\t\n\r]/g, ' ')
    // eslint-disable-next-line no-control-regex -- these are the characters XML cannot hold
    .replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[<>&"']/g, (c) => XML_ENTITIES[c]!);
}

/** The poster as an SVG document: width of the geometry, height of header + map + legend + credits. */
export function posterSvg({ geometry, view, title, subtitle, source, credit }: PosterOptions): { svg: string; width: number; height: number } {
  const { width } = geometry;
  const fills = new Map(view.regencies.map((r) => [r.code, r.colour]));
  const carried = new Set(view.regencies.filter((r) => r.origin === 'carried').map((r) => r.code));
  const values = new Map(view.regencies.map((r) => [r.code, r.colour && r.text ? r.text.value : null]));
  const legend = view.legend.entries;
  const titleLines = wrap(title, Math.floor((width - 48) / (TITLE_SIZE * TITLE_GLYPH)));
  const header = 64 + TITLE_LINE * titleLines.length;
  // The legend in rows that fit the width; then the source, wrapped, and the boundaries' credit.
  const legendTop = header + geometry.height + 28;
  let x = 24;
  let row = 0;
  const legendItems = legend.map((entry) => {
    const itemWidth = 24 + entry.label.length * 7.6;
    if (x > 24 && x + itemWidth > width - 24) {
      x = 24;
      row += 1;
    }
    const at = { entry, x, y: legendTop + LEGEND_ROW * row };
    x += itemWidth + 18;
    return at;
  });
  const sourceLines = source ? wrap(source, Math.floor((width - 48) / (14 * SOURCE_GLYPH))) : [];
  const sourceTop = legendTop + LEGEND_ROW * row + 58;
  const creditY = sourceTop + 22 + SOURCE_LINE * Math.max(0, sourceLines.length - 1);
  const height = creditY + 24;
  const noData = `url(#${PATTERN.noData})`;
  const regencies = geometry.regencies.map((r) => `<path d="${r.d}" fill="${fills.get(r.code) ?? noData}"/>`).join('');
  const carriedMarks = geometry.regencies
    .filter((r) => carried.has(r.code))
    .map((r) => `<path class="carried" data-code="${r.code}" d="${r.d}" fill="url(#${PATTERN.carried})"/>`)
    .join('');
  const context = geometry.context.map((c) => `<path d="${c.d}"/>`).join('');
  const labels = geometry.labels
    .filter((l) => l.kind === 'regency')
    .map((l) => {
      const leader = l.leader ? `<line x1="${l.leader.x1}" y1="${l.leader.y1}" x2="${l.leader.x2}" y2="${l.leader.y2}" stroke="${MAP_COLOURS.ink}" stroke-width="1"/>` : '';
      // The value after the name, lighter, as laid out (posterLabel).
      const value = values.get(l.id);
      const text = value && l.text.endsWith(` ${value}`)
        ? `${escapeXml(l.text.slice(0, -value.length - 1))} <tspan class="value" font-weight="400">${escapeXml(value)}</tspan>`
        : escapeXml(l.text);
      return `${leader}<text x="${l.x}" y="${l.y}" dy="0.35em" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round">${text}</text>`;
    })
    .join('');
  const entries = legendItems
    .map(({ entry, x, y }) => {
      const swatch = `<rect x="${x}" y="${y - 11}" width="18" height="14" ${swatchPaint(entry)}/>`;
      return `${swatch}<text class="legend-label" x="${x + 24}" y="${y}" font-size="14">${escapeXml(entry.label)}</text>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">
<defs>${patterns()}</defs>
<rect width="${width}" height="${height}" fill="#ffffff"/>
<text class="title" x="24" y="42" font-size="${TITLE_SIZE}" font-weight="700" fill="#1f2328">${titleLines.map((line, i) => `<tspan x="24" dy="${i === 0 ? 0 : TITLE_LINE}">${escapeXml(line)}</tspan>`).join('')}</text>
<text class="summary" x="24" y="${header - 24}" font-size="16" fill="#4b5563">${escapeXml(subtitle)}</text>
<clipPath id="map-frame"><rect width="${width}" height="${geometry.height}"/></clipPath><g transform="translate(0 ${header})" clip-path="url(#map-frame)"><rect width="${width}" height="${geometry.height}" fill="${MAP_COLOURS.sea}"/><g class="context" fill="${MAP_COLOURS.land}" stroke="${MAP_COLOURS.contextBorder}" stroke-width="0.75">${context}</g>${regencies}
<path d="${geometry.regencyBorders}" fill="none" stroke="${MAP_COLOURS.regencyBorder}" stroke-width="0.75"/>
<g stroke="${MAP_COLOURS.carriedOutline}" stroke-width="${CARRIED_OUTLINE.width}" stroke-dasharray="${CARRIED_OUTLINE.dash}">${carriedMarks}</g>
<path d="${geometry.provinceOutline}" fill="none" stroke="${MAP_COLOURS.provinceOutline}" stroke-width="1.4"/>
<g font-size="12" font-weight="600" fill="${MAP_COLOURS.ink}">${labels}</g></g>
<g class="legend" fill="#1f2328">${entries}</g>
${sourceLines.length > 0 ? `<text class="source" x="24" y="${sourceTop}" font-size="14" fill="#1f2328">${sourceLines.map((line, i) => `<tspan x="24" dy="${i === 0 ? 0 : SOURCE_LINE}">${escapeXml(line)}</tspan>`).join('')}</text>` : ''}
<text class="credit" x="24" y="${creditY}" font-size="12" fill="#4b5563">${escapeXml(credit)}</text>
</svg>`;
  return { svg, width, height };
}

/** Words in lines of at most `columns` characters (a word longer than that has a line of its own). */
function wrap(text: string, columns: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= columns) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The map's two patterns, from the constants both map renderers draw them with (src/render/map-patterns.ts). */
function patterns(): string {
  const { size, lineWidth, background, line } = HATCH;
  const hatch = `<pattern id="${PATTERN.noData}" patternUnits="userSpaceOnUse" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${background}"/><path d="${HATCH_PATH}" stroke="${line}" stroke-width="${lineWidth}"/></pattern>`;
  const c = CARRIED_DOTS;
  const dots = `<pattern id="${PATTERN.carried}" patternUnits="userSpaceOnUse" width="${c.size}" height="${c.size}"><circle cx="${c.size / 2}" cy="${c.size / 2}" r="${c.radius}" fill="${c.colour}" fill-opacity="${c.opacity}"/></pattern>`;
  return hatch + dots;
}

/** A legend swatch as the legend element draws it: the class colour, the hatch, or white with the dots and the dashed outline. */
function swatchPaint({ kind, colour }: Pick<LegendEntry, 'kind' | 'colour'>): string {
  if (kind === 'carried-forward') {
    return `fill="url(#${PATTERN.carried})" stroke="${MAP_COLOURS.carriedOutline}" stroke-width="${CARRIED_OUTLINE.width}" stroke-dasharray="${CARRIED_OUTLINE.dash}"`;
  }
  return `fill="${colour ?? `url(#${PATTERN.noData})`}" stroke="#5c6370" stroke-width="0.75"`;
}
