import { describe, expect, test } from 'vitest';
import { placeLabels, textEms, type LabelRequest } from './label-layout.ts';

const frame = { width: 400, height: 300, fontSize: 10 };
// 10 px at 0.6 em a glyph: "Sambas" is 36 px wide, a line 12 px high.

function boxes(placed: ReturnType<typeof placeLabels>, requests: LabelRequest[]) {
  return placed.map((p) => {
    const w = textEms(requests.find((r) => r.id === p.id)!.text) * 10;
    return { left: p.x - w / 2, right: p.x + w / 2, top: p.y - 6, bottom: p.y + 6 };
  });
}

describe('placeLabels', () => {
  test('puts a label that fits on its point, without a leader', () => {
    const placed = placeLabels([{ id: 'a', text: 'Sambas', x: 100, y: 100 }], frame);
    expect(placed).toEqual([{ id: 'a', text: 'Sambas', x: 100, y: 100, leader: null }]);
  });

  test('moves a label off one placed before it, so no two overlap', () => {
    const requests = [
      { id: 'a', text: 'Singkawang', x: 100, y: 100 },
      { id: 'b', text: 'Bengkayang', x: 110, y: 104 },
    ];
    const placed = placeLabels(requests, frame);
    expect(placed).toHaveLength(2);
    const [a, b] = boxes(placed, requests);
    expect(a!.right <= b!.left || b!.right <= a!.left || a!.bottom <= b!.top || b!.bottom <= a!.top).toBe(true);
  });

  test('keeps labels inside the frame', () => {
    const placed = placeLabels([{ id: 'edge', text: 'Kapuas Hulu', x: 395, y: 150 }], frame);
    expect(placed[0]!.x + 33).toBeLessThanOrEqual(400);
  });

  test('draws a leader when a label had to move away from its point', () => {
    const placed = placeLabels(
      [
        { id: 'a', text: 'Pontianak', x: 100, y: 100 },
        { id: 'b', text: 'Mempawah', x: 140, y: 100 },
      ],
      frame,
    );
    expect(placed[0]!.leader).toBeNull();
    expect(placed[1]!.leader).not.toBeNull();
    expect(placed[1]!.leader).toMatchObject({ x2: 140, y2: 100 });
  });

  test('puts the label of a region smaller than the label beside it, so the region stays visible', () => {
    const placed = placeLabels([{ id: 'kota', text: 'Pontianak', x: 100, y: 100, area: 150 }], frame);
    const box = boxes(placed, [{ id: 'kota', text: 'Pontianak', x: 100, y: 100 }])[0]!;
    expect(100 >= box.left && 100 <= box.right && 100 >= box.top && 100 <= box.bottom).toBe(false);
    expect(placed[0]!.leader).toMatchObject({ x2: 100, y2: 100 });
  });

  test('places a fixed label only at its point, and leaves it out when that is taken', () => {
    const placed = placeLabels(
      [
        { id: 'regency', text: 'Ketapang', x: 100, y: 100 },
        { id: 'sea', text: 'Selat Karimata', x: 100, y: 100, fixed: true },
      ],
      frame,
    );
    expect(placed.map((p) => p.id)).toEqual(['regency']);
  });

  test('tries alternatives that share an id in order, and places only the first that fits', () => {
    const placed = placeLabels(
      [
        { id: 'sea', text: 'Laut Natuna', x: -50, y: 100, fixed: true },
        { id: 'sea', text: 'Laut Natuna', x: 200, y: 100, fixed: true },
        { id: 'sea', text: 'Laut Natuna', x: 300, y: 100, fixed: true },
      ],
      frame,
    );
    expect(placed).toEqual([{ id: 'sea', text: 'Laut Natuna', x: 200, y: 100, leader: null }]);
  });

  test('respects a position the caller blocks', () => {
    const placed = placeLabels([{ id: 'sea', text: 'Laut', x: 100, y: 100, fixed: true }], { ...frame, blocked: () => true });
    expect(placed).toEqual([]);
  });

  test('leaves out a label that fits nowhere rather than overlapping another', () => {
    const tiny = { width: 100, height: 20, fontSize: 10 };
    const placed = placeLabels(
      [
        { id: 'a', text: 'Sambas', x: 28, y: 10 },
        { id: 'b', text: 'Sintang', x: 56, y: 10 },
      ],
      tiny,
    );
    expect(placed.map((p) => p.id)).toEqual(['a']);
  });
});

describe('placeLabels keeps each region\'s point in sight', () => {
  test('no label covers another region\'s point: a leader never ends under a neighbour\'s name', () => {
    // Mempawah's name at its own point would cover Pontianak's point 10 px away.
    const requests = [
      { id: 'mempawah', text: 'Mempawah', x: 100, y: 100 },
      { id: 'pontianak', text: 'Pontianak', x: 110, y: 100, area: 20 },
    ];
    const placed = placeLabels(requests, frame);
    expect(placed.map((p) => p.id).sort()).toEqual(['mempawah', 'pontianak']);
    const boxesById = new Map(placed.map((p, i) => [p.id, boxes(placed, requests)[i]!]));
    for (const request of requests) {
      for (const [id, box] of boxesById) {
        if (id === request.id) continue;
        expect(request.x > box.left && request.x < box.right && request.y > box.top && request.y < box.bottom, `${id} covers ${request.id}'s point`).toBe(false);
      }
    }
  });

  test('a label left out on the first try is placed first on the next, so every region is named when there is room', () => {
    // In this order "b" takes the only place left where "a" could stand; "a" first leaves room for both.
    const narrow = { width: 100, height: 20, fontSize: 10 };
    const placed = placeLabels(
      [
        { id: 'b', text: 'Sintang', x: 50, y: 10 },
        { id: 'a', text: 'Kubu', x: 20, y: 10 },
      ],
      narrow,
    );
    expect(placed.map((p) => p.id).sort()).toEqual(['a', 'b']);
  });

  test('no label under a box kept clear (the zoom buttons): the name moves beside them', () => {
    const buttons = { left: 80, right: 120, top: 80, bottom: 120 };
    const placed = placeLabels([{ id: 'a', text: 'Sambas', x: 100, y: 125 }], { ...frame, keepClear: [buttons] });
    expect(placed).toHaveLength(1);
    const [box] = boxes(placed, [{ id: 'a', text: 'Sambas', x: 100, y: 125 }]);
    expect(box!.left < buttons.right && buttons.left < box!.right && box!.top < buttons.bottom && buttons.top < box!.bottom).toBe(false);
  });

  test('a region outside the frame is not named, not even by a leader from inside', () => {
    const placed = placeLabels([{ id: 'off', text: 'Sambas', x: 450, y: 100 }], frame);
    expect(placed).toEqual([]);
  });
});

describe('a crowded map (more than 20 regions: the national map, a province of many regencies)', () => {
  // A tight cluster of points in the middle of the frame: names can only go far from most of them.
  const cluster = (count: number): LabelRequest[] =>
    Array.from({ length: count }, (_, i) => ({ id: `r${i}`, text: `Provinsi ${i}`, x: 200 + (i % 6) * 8, y: 150 + Math.floor(i / 6) * 8 }));
  const leaderLength = ({ leader }: ReturnType<typeof placeLabels>[number]) => (leader ? Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1) : 0);

  test('names a region only near it, leaving the rest to the tooltip and the table', () => {
    const placed = placeLabels(cluster(24), frame);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(24);
    expect(Math.max(...placed.map(leaderLength))).toBeLessThanOrEqual(30);
  });

  test('a map of 14 still names every region, with longer leaders where it must', () => {
    const placed = placeLabels(cluster(14), frame);
    expect(placed).toHaveLength(14);
    expect(Math.max(...placed.map(leaderLength))).toBeGreaterThan(30);
  });
});
