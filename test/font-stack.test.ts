// One type on every surface: the pages' text, the map's names and the saved poster. The pages' CSS
// cannot import the token (src/render/tokens.ts), so it repeats it, and this holds the copy equal: a
// page in one font with a map in another is what a reader would notice.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { FONT_FAMILY } from '../src/render/tokens.ts';

test('the pages’ font (base.css --font) is the map’s and the poster’s', () => {
  const declared = /^\s*--font:\s*([^;]+);/m.exec(readFileSync('src/pages/shared/base.css', 'utf8'))?.[1];
  expect(declared, 'src/pages/shared/base.css --font').toBe(FONT_FAMILY);
});
