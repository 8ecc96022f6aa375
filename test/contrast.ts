// WCAG's relative luminance and contrast ratio, for the tests that check the map's and the pages'
// colours: class against class, against the sea and the page, light and dark.

/** [r, g, b] 0-255 of '#rrggbb' or of 'rgb(r, g, b)' / 'rgba(...)' as getComputedStyle gives it. */
export function rgbOf(colour: string): [number, number, number] {
  const parts = /^rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)/.exec(colour);
  if (parts) return [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (/^#[0-9a-f]{6}$/i.test(colour)) {
    const n = Number.parseInt(colour.slice(1), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  throw new Error(`contrast: cannot read the colour ${JSON.stringify(colour)}; expected #rrggbb or rgb(r, g, b)`);
}

export function luminance(colour: string): number {
  const [r, g, b] = rgbOf(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
