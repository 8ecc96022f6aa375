import { describe, expect, test } from 'vitest';
import type { MapGeometry } from './map-geometry.ts';
import { escapeXml, posterSvg } from './poster.ts';

const geometry: MapGeometry = {
  width: 400,
  height: 300,
  regencies: [
    { code: '61.04', d: 'M0,0L10,0L10,10Z' },
    { code: '61.07', d: 'M20,0L30,0L30,10Z' },
  ],
  regencyBorders: 'M10,0L10,10',
  provinceOutline: 'M0,0L30,0L30,10L0,10Z',
  context: [],
  labels: [{ id: '61.04', text: 'Ketapang', x: 5, y: 5, leader: null, kind: 'regency' }],
};

describe('posterSvg', () => {
  const poster = posterSvg({
    geometry,
    fills: new Map([['61.04', '#253494'], ['61.07', null]]),
    title: 'Cakupan <BPJS> & "UCJ"',
    subtitle: 'tahun 2024',
    legend: [{ colour: '#253494', label: '≥ 60%' }, { colour: null, label: 'Tidak ada angka terbit' }],
    credit: 'Sumber: …',
  });

  test('is taller than the map by its title and legend, as wide as the map', () => {
    expect(poster.width).toBe(400);
    expect(poster.height).toBeGreaterThan(300);
  });

  test('fills a regency with its class colour and one without a figure with the hatch, never a colour', () => {
    expect(poster.svg).toContain('<path d="M0,0L10,0L10,10Z" fill="#253494"/>');
    expect(poster.svg).toContain('<path d="M20,0L30,0L30,10Z" fill="url(#no-data)"/>');
  });

  test('carries the title, the legend and the labels as text, escaped', () => {
    expect(poster.svg).toContain('Cakupan &lt;BPJS&gt; &amp; &quot;UCJ&quot;');
    expect(poster.svg).toContain('Tidak ada angka terbit');
    expect(poster.svg).toContain('>Ketapang</text>');
  });

  test('is well-formed XML', () => {
    expect(() => new DOMParserLike().check(poster.svg)).not.toThrow();
  });
});

// Node has no DOMParser: check tag balance, which is what a browser refuses an SVG image for.
class DOMParserLike {
  check(xml: string): void {
    const stack: string[] = [];
    for (const match of xml.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      const [, closing, name, selfClosing] = match;
      if (selfClosing) continue;
      if (closing) {
        if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
      } else stack.push(name!);
    }
    if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  }
}

test('escapeXml escapes every character with meaning in XML', () => {
  expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
});
