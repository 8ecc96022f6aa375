// Placing map labels so none overlaps another or leaves the frame. Small regencies crowd a coast
// (Singkawang, Pontianak, Mempawah and four more within 1.5 degrees), so a label
// that does not fit at its region's centre is tried above, below and beside it, then further out with
// a leader line, and left off the map only if nothing fits: the table and the tooltips still name it.

export interface LabelRequest {
  /** An id for the result, e.g. a Kemendagri code. */
  id: string;
  text: string;
  /** The point the label names, in pixels. */
  x: number;
  y: number;
  /** Fixed labels (names of seas and neighbours) are placed at their point or not at all. */
  fixed?: boolean;
  /** Average glyph width as a share of the font size, when not the layout's (wider for capitals). */
  glyphWidth?: number;
  /**
   * The area the label names, in square pixels. A region smaller than its label would vanish under
   * it, so its label goes beside it with a leader line.
   */
  area?: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Centre of the label's text. */
  x: number;
  y: number;
  /** From the label's edge to the point it names; null when the label sits on its point. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface LabelLayoutOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Average glyph width as a share of the font size; 0.6 fits system sans-serif at weight 600. */
  glyphWidth?: number;
  /** Clear space kept around every label, in pixels. */
  margin?: number;
  /** Boxes no label may overlap: the map's zoom buttons over its corner. */
  keepClear?: readonly Box[];
  /** Refuses a position for other reasons, e.g. a sea name that would lie on land. */
  blocked?: (box: Box, request: LabelRequest) => boolean;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Places labels in the order given (put the ones with the fewest good positions, the smallest
 * regions, first). Requests that share an id are alternatives: the first that fits is placed. Labels
 * that cannot be placed are left out of the result.
 */
export function placeLabels(requests: readonly LabelRequest[], options: LabelLayoutOptions): PlacedLabel[] {
  // A label left out goes first next time, where it has the most room; the layout that names the
  // most regions wins. On a 320 px phone Kubu Raya, whose room the coast's smaller names took, is
  // named on the second try.
  // Of the layouts that name as many, the one whose leaders are shortest: names nearest their regions.
  // The fixed names (seas, neighbours) are placed once, after the regions' best layout: testing them
  // against the province's outline is what takes time.
  const fixed = requests.filter((r) => r.fixed);
  let order = requests.filter((r) => !r.fixed);
  let best: PlacedLabel[] = [];
  let bestOrder = order;
  const reach = (placed: readonly PlacedLabel[]) => placed.reduce((sum, { leader }) => sum + (leader ? Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1) : 0), 0);
  const promoted = new Set<string>();
  for (let attempt = 0; attempt < 12; attempt++) {
    const placed = placeInOrder(order, options);
    if (attempt === 0 || placed.length - best.length > 0 || (placed.length === best.length && reach(placed) < reach(best))) {
      best = placed;
      bestOrder = order;
    }
    const missing = new Set(order.filter((r) => inFrame(r, options) && !placed.some((p) => p.id === r.id)).map((r) => r.id));
    if (missing.size === 0) {
      // All named: try the name that stands farthest from its region first, once each.
      const farthest = placed.filter((p) => p.leader && !promoted.has(p.id)).sort((a, b) => reach([b]) - reach([a]))[0];
      if (!farthest || reach([farthest]) < 24) break;
      promoted.add(farthest.id);
      missing.add(farthest.id);
    }
    order = [...order.filter((r) => missing.has(r.id)), ...order.filter((r) => !missing.has(r.id))];
  }
  return fixed.length === 0 ? best : placeInOrder([...bestOrder, ...fixed], options);
}

/**
 * A name's width in ems at the average glyph width of 0.6, letter by letter (after Observable Plot's
 * defaultWidth): "Mempawah" is wider than eight average letters and "Sintang" narrower, and a name
 * guessed too narrow is set against its neighbour.
 */
export function textEms(text: string): number {
  let ems = 0;
  for (const c of text) ems += /[MWmw]/.test(c) ? 0.9 : /[A-Z]/.test(c) ? 0.72 : /[ijlI.,' ]/.test(c) ? 0.32 : /[frt]/.test(c) ? 0.42 : 0.6;
  return ems;
}

/**
 * A map of more regions than this (the national map's 38 provinces, a province of many regencies) names
 * a region only near it: a name at the end of a long leader, among many, is read as its neighbour's.
 * Those left unnamed are named by the tooltip, the keyboard and the table. A province's map of 14 keeps
 * every name, leaders and all.
 */
const CROWDED = 20;
/** The longest leader on a crowded map, in pixels: a name beside its region, not across the map. */
const CROWDED_LEADER_PX = 30;

function placeInOrder(requests: readonly LabelRequest[], options: LabelLayoutOptions): PlacedLabel[] {
  const { width, height, fontSize, glyphWidth = 0.6, margin = 2, keepClear = [], blocked = () => false } = options;
  const lineHeight = fontSize * 1.2;
  const regionCount = new Set(requests.filter((r) => !r.fixed).map((r) => r.id)).size;
  const maxLeader = regionCount > CROWDED ? CROWDED_LEADER_PX : Infinity;
  const placedBoxes: Box[] = [];
  const placed: PlacedLabel[] = [];
  // Every region's own point stays in sight: no other label may cover it, or a leader would end
  // under a neighbour's name and seem to point at the neighbour.
  const points = requests.filter((r) => !r.fixed).map((r) => ({ id: r.id, x: r.x, y: r.y }));
  const hidesPoint = (box: Box, id: string) =>
    points.some((p) => p.id !== id && p.x > box.left - POINT_CLEARANCE && p.x < box.right + POINT_CLEARANCE && p.y > box.top - POINT_CLEARANCE && p.y < box.bottom + POINT_CLEARANCE);
  for (const request of requests) {
    if (placed.some((p) => p.id === request.id)) continue;
    // A region outside the view is not named: a leader would point out of the frame.
    if (!request.fixed && !inFrame(request, options)) continue;
    const textWidth = textEms(request.text) * fontSize * ((request.glyphWidth ?? glyphWidth) / 0.6);
    const covers = request.area !== undefined && request.area < textWidth * lineHeight;
    const candidates = request.fixed ? [[0, 0] as const] : offsets(textWidth, lineHeight).filter(([dx, dy]) => !covers || !onPoint(dx, dy, textWidth, lineHeight));
    // First a place whose leader crosses no other label and no other leader; failing that, any
    // place that at least leaves every region's point in sight.
    for (const tidy of [true, false]) {
      const found = candidates.find(([dx, dy]) => {
        const box = boxAt(request.x + dx, request.y + dy, textWidth, lineHeight, margin);
        if (box.left < 0 || box.top < 0 || box.right > width || box.bottom > height) return false;
        if (placedBoxes.some((other) => overlaps(box, other)) || keepClear.some((clear) => overlaps(box, clear))) return false;
        if (hidesPoint(box, request.id) || blocked(box, request)) return false;
        const leader = leaderFor(box, request.x, request.y);
        if (leader && Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1) > maxLeader) return false;
        if (!tidy) return true;
        if (leader && (placedBoxes.some((other) => crosses(leader, other)) || placed.some((other) => other.leader && intersect(leader, other.leader)))) return false;
        return !placed.some((other) => other.leader && crosses(other.leader, box));
      });
      if (!found) continue;
      const x = request.x + found[0];
      const y = request.y + found[1];
      const box = boxAt(x, y, textWidth, lineHeight, margin);
      placedBoxes.push(box);
      placed.push({ id: request.id, text: request.text, x, y, leader: leaderFor(box, request.x, request.y) });
      break;
    }
  }
  return placed;
}

const inFrame = ({ x, y }: LabelRequest, { width, height }: LabelLayoutOptions) => x >= 0 && y >= 0 && x <= width && y <= height;

/** Pixels kept clear round each region's point (the leader's dot is 1.75 px in radius). */
const POINT_CLEARANCE = 3;

function boxAt(x: number, y: number, textWidth: number, lineHeight: number, margin: number): Box {
  return { left: x - textWidth / 2 - margin, right: x + textWidth / 2 + margin, top: y - lineHeight / 2 - margin, bottom: y + lineHeight / 2 + margin };
}

type Segment = NonNullable<PlacedLabel['leader']>;

/** True when two leaders cross (touching ends do not count). */
function intersect(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) => Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  return side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0;
}

/** True when the segment passes through the box (Liang-Barsky clipping). */
function crosses(line: NonNullable<PlacedLabel['leader']>, box: Box): boolean {
  const dx = line.x2 - line.x1;
  const dy = line.y2 - line.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [[-dx, line.x1 - box.left], [dx, box.right - line.x1], [-dy, line.y1 - box.top], [dy, box.bottom - line.y1]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Candidate displacements, nearest first: centre, above and below, beside, then further out. */
function offsets(textWidth: number, lineHeight: number): (readonly [number, number])[] {
  const side = textWidth / 2 + 6;
  const far = textWidth / 2 + 24;
  return [
    [0, 0],
    [0, -lineHeight],
    [0, lineHeight],
    [side, 0],
    [-side, 0],
    [0, -2 * lineHeight],
    [0, 2 * lineHeight],
    [side, -lineHeight],
    [-side, -lineHeight],
    [side, lineHeight],
    [-side, lineHeight],
    [-far, 0],
    [far, 0],
    [-far, -1.5 * lineHeight],
    [-far, 1.5 * lineHeight],
    [far, -1.5 * lineHeight],
    [far, 1.5 * lineHeight],
    [0, -3 * lineHeight],
    [0, 3 * lineHeight],
    // Last, a wider ring with a leader line: on a phone the coast's seven small regencies leave no
    // room near them for the last label placed (Kubu Raya at 343 px), and a name away from its
    // regency, on a line, beats a regency without a name.
    ...ring(far + 12, 2.5 * lineHeight),
    ...ring(far + 36, 4 * lineHeight),
    // Further still, for the corner of a short frame (Sambas at 320 x 210, its neighbours named first).
    ...ring(far + 60, 5.5 * lineHeight),
  ];
}

/** Twelve displacements around an ellipse of these radii, from the left (the sea, on this coast) round. */
function ring(rx: number, ry: number): [number, number][] {
  return Array.from({ length: 12 }, (_, i) => {
    const angle = Math.PI + (i * Math.PI) / 6;
    return [Math.round(rx * Math.cos(angle)), Math.round(ry * Math.sin(angle))];
  });
}

/** True when a label moved by (dx, dy) still lies over the point it names. */
function onPoint(dx: number, dy: number, textWidth: number, lineHeight: number): boolean {
  return Math.abs(dx) < textWidth / 2 && Math.abs(dy) < lineHeight / 2 + 2;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** A line from the nearest edge of the label to its point, when the point is clearly outside the label. */
function leaderFor(box: Box, x: number, y: number): PlacedLabel['leader'] {
  const edgeX = Math.min(Math.max(x, box.left), box.right);
  const edgeY = Math.min(Math.max(y, box.top), box.bottom);
  if (Math.hypot(x - edgeX, y - edgeY) < 3) return null;
  return { x1: edgeX, y1: edgeY, x2: x, y2: y };
}
