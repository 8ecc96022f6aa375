// A point well inside a polygon, for a label or a leader's end: the pole of inaccessibility (the
// point farthest from every edge, after Mapbox's polylabel), found by splitting cells. A centroid can
// lie outside a bent regency: Kubu Raya's, which wraps round Pontianak, fell near Mempawah's border,
// and a leader drawn to it pointed at the wrong regency.
import type { Position } from 'geojson';

interface Cell {
  x: number;
  y: number;
  /** Half the cell's side. */
  half: number;
  /** Distance from the centre to the nearest edge, negative outside. */
  distance: number;
  /** The most any point in the cell can be from an edge. */
  best: number;
}

/**
 * The point of `rings` (an outer ring, then holes, in any plane coordinates) farthest from every edge,
 * to within `precision` of the best.
 */
export function innerPoint(rings: readonly (readonly Position[])[], precision = 1e-3): [number, number] {
  const outer = rings[0] ?? [];
  if (outer.length === 0) return [0, 0];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of outer as [number, number][]) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const side = Math.min(maxX - minX, maxY - minY);
  if (side === 0) return [minX, minY];
  const cell = (x: number, y: number, half: number): Cell => {
    const distance = signedDistance(x, y, rings);
    return { x, y, half, distance, best: distance + half * Math.SQRT2 };
  };
  const queue = new CellQueue();
  for (let x = minX; x < maxX; x += side) for (let y = minY; y < maxY; y += side) queue.push(cell(x + side / 2, y + side / 2, side / 2));
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  for (let next = queue.pop(); next; next = queue.pop()) {
    if (next.distance > best.distance) best = next;
    if (next.best - best.distance <= precision) continue;
    const half = next.half / 2;
    for (const [sx, sy] of [[-1, -1], [1, -1], [-1, 1], [1, 1]] as const) queue.push(cell(next.x + sx * half, next.y + sy * half, half));
  }
  return [best.x, best.y];
}

function signedDistance(x: number, y: number, rings: readonly (readonly Position[])[]): number {
  let inside = false;
  let nearest = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[j] as [number, number];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      nearest = Math.min(nearest, segmentDistance(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * nearest;
}

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Cells by the most they could hold, best first (a binary heap). */
class CellQueue {
  #cells: Cell[] = [];

  push(cell: Cell): void {
    const cells = this.#cells;
    cells.push(cell);
    for (let i = cells.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (cells[parent]!.best >= cells[i]!.best) break;
      [cells[parent], cells[i]] = [cells[i]!, cells[parent]!];
      i = parent;
    }
  }

  pop(): Cell | undefined {
    const cells = this.#cells;
    const top = cells[0];
    const last = cells.pop();
    if (cells.length === 0 || !last) return top;
    cells[0] = last;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < cells.length && cells[left]!.best > cells[largest]!.best) largest = left;
      if (right < cells.length && cells[right]!.best > cells[largest]!.best) largest = right;
      if (largest === i) break;
      [cells[largest], cells[i]] = [cells[i]!, cells[largest]!];
      i = largest;
    }
    return top;
  }
}
