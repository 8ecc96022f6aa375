import { describe, expect, test } from 'vitest';
import { CARRIED_DOTS, HATCH, patternImage } from './map-patterns.ts';

const pixel = (image: ReturnType<typeof patternImage>, x: number, y: number) => [...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];

describe('patternImage', () => {
  test('the no-data hatch: opaque white tile with grey diagonal lines that repeat across tiles', () => {
    const image = patternImage('no-data');
    expect([image.width, image.height, image.pixelRatio]).toEqual([HATCH.size, HATCH.size, 1]);
    // On the line x + y = size (bottom-left to top-right) the pixel is the hatch grey; beside it, white.
    expect(pixel(image, 3, 4)).toEqual([0x8a, 0x8a, 0x8a, 255]);
    expect(pixel(image, 0, 0).slice(0, 3)).not.toEqual([255, 255, 255]);
    expect(pixel(image, 1, 2)).toEqual([255, 255, 255, 255]);
    for (let i = 3; i < image.data.length; i += 4) expect(image.data[i]).toBe(255);
    // Seamless: each pixel equals its neighbour one step along the diagonal, wrapping round the tile's edges.
    const n = image.width;
    for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) expect(pixel(image, x, y)).toEqual(pixel(image, (x + 1) % n, (y - 1 + n) % n));
  });

  test('the carried-forward dots: transparent tile with one dark dot in the middle', () => {
    const image = patternImage('carried-forward');
    expect(image.width).toBe(CARRIED_DOTS.size);
    const centre = CARRIED_DOTS.size / 2;
    expect(pixel(image, centre, centre)[3]).toBeGreaterThan(150);
    expect(pixel(image, 0, 0)[3]).toBe(0);
  });

  test('scales with the device pixel ratio, same picture with more pixels', () => {
    const image = patternImage('no-data', 2);
    expect([image.width, image.pixelRatio]).toEqual([HATCH.size * 2, 2]);
    expect(pixel(image, 7, 8)).toEqual([0x8a, 0x8a, 0x8a, 255]);
    expect(pixel(image, 2, 4)).toEqual([255, 255, 255, 255]);
  });
});
