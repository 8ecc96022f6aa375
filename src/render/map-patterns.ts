// The two fills that are not a class colour, drawn the same in both renderers: the hatch of a regency
// with no published figure, and the dots laid over the class colour of a carried-forward figure. The
// SVG map uses the <pattern> attributes below; MapLibre gets the same tile as pixels (map.addImage),
// computed here without a canvas so nothing is fetched and the pixels are tested in Node.
import { NO_DATA_STYLE } from '../scale/metric-scale.ts';
import type { MapColours } from './tokens.ts';

/** Diagonal lines (bottom-left to top-right) on white, one every `size` pixels. */
export const HATCH = { size: 8, lineWidth: 1.5, background: NO_DATA_STYLE.background, line: NO_DATA_STYLE.hatch } as const;
/** The hatch's diagonal as SVG path data, within one tile and across its corners, so tiles join into unbroken lines. */
export const HATCH_PATH = `M-1,1 l2,-2 M0,${HATCH.size} l${HATCH.size},-${HATCH.size} M${HATCH.size - 1},${HATCH.size + 1} l2,-2`;
/** One dark dot per tile, over the class colour, for a figure carried forward from an earlier year. */
export const CARRIED_DOTS = { size: 6, radius: 1.1, colour: '#1b1f24', opacity: 0.7 } as const;

export type PatternKind = 'no-data' | 'carried-forward';

export interface PatternImage {
  width: number;
  height: number;
  /** RGBA, row by row, not premultiplied (what map.addImage takes). */
  data: Uint8Array;
  pixelRatio: number;
}

/**
 * The tile of a pattern at a device pixel ratio (1, 2, ...): a whole number of pixels a side; the hatch
 * in the colours given (the map's, light or dark), by default the light ones.
 */
export function patternImage(kind: PatternKind, pixelRatio = 1, colours: Pick<MapColours, 'noData' | 'hatch'> = { noData: HATCH.background, hatch: HATCH.line }): PatternImage {
  const ratio = Math.max(1, Math.round(pixelRatio));
  const size = (kind === 'no-data' ? HATCH.size : CARRIED_DOTS.size) * ratio;
  const data = new Uint8Array(size * size * 4);
  const background = kind === 'no-data' ? rgb(colours.noData) : null;
  const ink = rgb(kind === 'no-data' ? colours.hatch : CARRIED_DOTS.colour);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Pixel centre in CSS pixels of the tile.
      const px = (x + 0.5) / ratio;
      const py = (y + 0.5) / ratio;
      const cover = kind === 'no-data' ? hatchCover(px, py) : dotCover(px, py) * CARRIED_DOTS.opacity;
      const i = (y * size + x) * 4;
      if (background) {
        for (let c = 0; c < 3; c++) data[i + c] = Math.round(background[c]! * (1 - cover) + ink[c]! * cover);
        data[i + 3] = 255;
      } else {
        for (let c = 0; c < 3; c++) data[i + c] = ink[c]!;
        data[i + 3] = Math.round(255 * cover);
      }
    }
  }
  return { width: size, height: size, data, pixelRatio: ratio };
}

/** Share of a pixel the hatch line covers: lines x + y = k * size, anti-aliased over one pixel. */
function hatchCover(x: number, y: number): number {
  const { size, lineWidth } = HATCH;
  // Lines run where (x + y) is a multiple of size, in both directions of the tile so it repeats seamlessly.
  const along = (((x + y) % size) + size) % size;
  const distance = Math.min(along, size - along) / Math.SQRT2;
  return clamp01(lineWidth / 2 + 0.5 - distance);
}

function dotCover(x: number, y: number): number {
  const centre = CARRIED_DOTS.size / 2;
  return clamp01(CARRIED_DOTS.radius + 0.5 - Math.hypot(x - centre, y - centre));
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** #rrggbb, or rgb(r, g, b) as getComputedStyle gives a colour. */
function rgb(colour: string): [number, number, number] {
  const parts = /^rgba?\(\s*(\d+)[ ,]+(\d+)[ ,]+(\d+)/.exec(colour);
  if (parts) return [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
