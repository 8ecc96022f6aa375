// The poster behind "Save the map as PNG": title, map, legend and credits as one SVG document, drawn
// from the same geometry as the SVG map (so it is identical whichever renderer is on screen, and
// needs no WebGL read-back). The page rasterises it (src/pages/app/download.ts). Pure, tested in Node.
import { NO_DATA_STYLE } from '../scale/metric-scale.ts';
import type { MapGeometry } from './map-geometry.ts';

export interface PosterLegendEntry {
  /** Class colour; null for the "no published figure" hatch. */
  colour: string | null;
  label: string;
}

export interface PosterOptions {
  geometry: MapGeometry;
  /** Fill colour by regency code; null or absent draws the no-data hatch. */
  fills: ReadonlyMap<string, string | null>;
  title: string;
  subtitle: string;
  legend: readonly PosterLegendEntry[];
  credit: string;
}

const HEADER = 96;
const FOOTER = 110;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The poster as an SVG document: width of the geometry, height of header + map + legend + credits. */
export function posterSvg({ geometry, fills, title, subtitle, legend, credit }: PosterOptions): { svg: string; width: number; height: number } {
  const { width } = geometry;
  const height = HEADER + geometry.height + FOOTER;
  const hatch = 'no-data';
  const regencies = geometry.regencies
    .map((r) => `<path d="${r.d}" fill="${fills.get(r.code) ?? `url(#${hatch})`}"/>`)
    .join('');
  const context = geometry.context.map((c) => `<path d="${c.d}" fill="${c.layer === 'negara' ? '#e4e1d8' : '#dcdad2'}"/>`).join('');
  const labels = geometry.labels
    .filter((l) => l.kind === 'regency')
    .map((l) => {
      const leader = l.leader ? `<line x1="${l.leader.x1}" y1="${l.leader.y1}" x2="${l.leader.x2}" y2="${l.leader.y2}" stroke="#1f2328" stroke-width="1"/>` : '';
      return `${leader}<text x="${l.x}" y="${l.y}" dy="0.35em" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round">${escapeXml(l.text)}</text>`;
    })
    .join('');
  let x = 24;
  const legendY = HEADER + geometry.height + 28;
  const entries = legend
    .map((entry) => {
      const swatch = `<rect x="${x}" y="${legendY - 11}" width="18" height="14" fill="${entry.colour ?? `url(#${hatch})`}" stroke="#5c6370" stroke-width="0.75"/>`;
      const text = `<text x="${x + 24}" y="${legendY}" font-size="14">${escapeXml(entry.label)}</text>`;
      x += 24 + entry.label.length * 7.6 + 18;
      return swatch + text;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${FONT}'>
<defs><pattern id="${hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${NO_DATA_STYLE.background}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${NO_DATA_STYLE.hatch}" stroke-width="1.5"/></pattern></defs>
<rect width="${width}" height="${height}" fill="#ffffff"/>
<text x="24" y="42" font-size="26" font-weight="700" fill="#1f2328">${escapeXml(title)}</text>
<text x="24" y="72" font-size="16" fill="#4b5563">${escapeXml(subtitle)}</text>
<clipPath id="map-frame"><rect width="${width}" height="${geometry.height}"/></clipPath><g transform="translate(0 ${HEADER})" clip-path="url(#map-frame)"><rect width="${width}" height="${geometry.height}" fill="#dbe9f3"/>${context}${regencies}
<path d="${geometry.regencyBorders}" fill="none" stroke="#3d4650" stroke-width="0.6"/><path d="${geometry.provinceOutline}" fill="none" stroke="#1f2328" stroke-width="1.4"/>
<g font-size="12" font-weight="600" fill="#1f2328">${labels}</g></g>
<g fill="#1f2328">${entries}</g>
<text x="24" y="${height - 24}" font-size="12" fill="#4b5563">${escapeXml(credit)}</text>
</svg>`;
  return { svg, width, height };
}
