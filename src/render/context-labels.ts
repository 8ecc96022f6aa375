// Names around the province, so a reader knows where they are. Each has a few candidate points, chosen
// by eye in the context layer's land and sea; how much of the surroundings shows depends on the map's
// shape, so the first point where the name fits inside the frame, off the province and clear of the
// regency labels is used, and a name that fits nowhere is left out.

export interface ContextLabel {
  text: string;
  /** Candidate [longitude, latitude] points for the label's centre, best first. */
  at: readonly [number, number][];
  kind: 'land' | 'sea';
}

export const CONTEXT_LABELS: readonly ContextLabel[] = [
  { text: 'Malaysia', at: [[112.6, 2.2], [111.7, 1.85], [113.3, 1.85], [110.9, 1.75], [114.4, 1.9]], kind: 'land' },
  { text: 'Kalimantan Tengah', at: [[113.3, -1.6], [113.0, -2.4], [112.4, -2.6], [113.6, -0.8]], kind: 'land' },
  { text: 'Laut Natuna', at: [[108.85, 2.1], [108.6, 1.6], [108.4, 0.6], [108.3, 0.1]], kind: 'sea' },
  { text: 'Selat Karimata', at: [[109.1, -2.55], [109.3, -2.9], [109.2, -2.2]], kind: 'sea' },
];
