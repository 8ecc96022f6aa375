// dist/custom-elements.json (npm run build:manifest, part of npm run build) lists every element with
// the public contract of its class JSDoc and static properties.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ELEMENTS } from '../scripts/lib/elements/list.ts';

const PATH = 'dist/custom-elements.json';

interface Named {
  name: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

function elements(): Map<string, Declaration> {
  if (!existsSync(PATH)) throw new Error(`${PATH} is missing: npm run build (or npm run build:manifest) writes it`);
  const manifest = JSON.parse(readFileSync(PATH, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const found = new Map<string, Declaration>();
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) found.set(d.tagName, d);
  return found;
}

const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name);

/** The contract each element is known by; an element of the list without an entry here fails. */
const EXPECTED: Record<string, { attributes: readonly string[]; events: readonly string[] }> = {
  'paritrana-map': {
    attributes: ['year', 'metric', 'selected', 'lang', 'carry-forward', 'scheme', 'highlight-class'],
    events: ['paritrana-ready', 'paritrana-region-select'],
  },
  'paritrana-legend': { attributes: ['metric', 'scheme', 'lang', 'carry-forward'], events: ['paritrana-class-highlight'] },
  'paritrana-year-slider': { attributes: ['years', 'value', 'lang', 'playing', 'speed'], events: ['paritrana-year-change'] },
  'paritrana-winners': { attributes: ['edition', 'lang', 'selected'], events: ['paritrana-region-select'] },
  'paritrana-region-details': { attributes: ['code', 'year', 'lang'], events: [] },
};

describe('custom elements manifest', () => {
  test('lists every element of src/elements/elements.json by tag and class, and no other', () => {
    const found = elements();
    expect([...found.keys()].sort(), 'tags in dist/custom-elements.json').toEqual(ELEMENTS.map((e) => e.tag).sort());
    for (const { tag, className } of ELEMENTS) expect(found.get(tag)?.name, `the class of <${tag}>`).toBe(className);
  });

  test('knows the contract of every element of the list', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(ELEMENTS.map((e) => e.tag).sort());
  });

  test.each(Object.entries(EXPECTED))('%s: attributes, events, CSS parts and custom properties', (tag, expected) => {
    const element = elements().get(tag)!;
    expect(names(element.attributes)).toEqual(expect.arrayContaining([...expected.attributes]));
    expect(names(element.events)).toEqual(expect.arrayContaining([...expected.events]));
    expect(element.cssParts?.length, 'CSS parts from @csspart').toBeGreaterThan(0);
    expect(element.cssProperties?.length, 'custom properties from @cssproperty').toBeGreaterThan(0);
    // Lit's internal state (state: true) is not part of the contract.
    expect(names(element.attributes)).not.toContain('hovered');
  });
});
