import { describe, expect, test } from 'vitest';
import type { MapGeometry } from './map-geometry.ts';
import { CARRIED_DOTS, HATCH } from './map-patterns.ts';
import { escapeXml, posterLabel, posterSvg } from './poster.ts';
import { legendModel } from '../scale/legend-entries.ts';
import { COMMON } from '../i18n/messages.ts';

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
    view: {
      regencies: [{ code: '61.04', colour: '#253494', origin: 'published' }, { code: '61.07', colour: null, origin: 'none' }],
      legend: { entries: [{ kind: 'class', colour: '#253494', label: '≥ 60%' }, { kind: 'no-data', colour: null, label: 'Data tidak tersedia' }] },
    },
    title: 'Cakupan <BPJS> & "UCJ"',
    subtitle: 'tahun 2024',
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
    expect(poster.svg).toContain('Data tidak tersedia');
    expect(poster.svg).toContain('>Ketapang</text>');
  });

  test('draws the hatch of the map: the tile, background and line', () => {
    expect(poster.svg).toContain(`<pattern id="no-data" patternUnits="userSpaceOnUse" width="${HATCH.size}" height="${HATCH.size}"><rect width="${HATCH.size}" height="${HATCH.size}" fill="${HATCH.background}"/>`);
    expect(poster.svg).toContain(`stroke="${HATCH.line}" stroke-width="${HATCH.lineWidth}"`);
  });

  test('is well-formed XML', () => {
    expect(() => new DOMParserLike().check(poster.svg)).not.toThrow();
  });
});

describe('posterSvg with figures carried forward', () => {
  const legend = legendModel('coverage_pct', 'ylgnbu', 'id', true).entries;
  const poster = posterSvg({
    geometry,
    view: {
      regencies: [{ code: '61.04', colour: '#253494', origin: 'published' }, { code: '61.07', colour: '#41b6c4', origin: 'carried' }],
      legend: { entries: legend },
    },
    title: 'Cakupan kepesertaan (%) 2025',
    subtitle: '1 dari 14 kabupaten/kota memiliki angka terbit tahun 2025',
    credit: 'Sumber',
  });

  test('marks a carried regency as the map does: its colour, then the dots and the dashed outline over it', () => {
    expect(poster.svg).toContain('<path d="M20,0L30,0L30,10Z" fill="#41b6c4"/>');
    expect(poster.svg).toMatch(/<g stroke="#1b1f24" stroke-width="1.5" stroke-dasharray="3 2.25"><path class="carried" data-code="61.07" d="M20,0L30,0L30,10Z" fill="url\(#carried-forward\)"\/><\/g>/);
    expect(poster.svg).toContain(`<circle cx="${CARRIED_DOTS.size / 2}" cy="${CARRIED_DOTS.size / 2}" r="${CARRIED_DOTS.radius}" fill="${CARRIED_DOTS.colour}" fill-opacity="${CARRIED_DOTS.opacity}"/>`);
    // The regency with its own figure is not marked.
    expect(poster.svg).not.toContain('data-code="61.04"');
  });

  test("lists the legend's entries word for word and in order, the carried-forward mark last with its swatch", () => {
    const labels = [...poster.svg.matchAll(/<text class="legend-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(legend.map((e) => escapeXml(e.label)));
    expect(labels.at(-1)).toBe(escapeXml(COMMON.id.carriedForward));
    expect(poster.svg).toMatch(/<rect [^>]*fill="url\(#carried-forward\)" stroke="#1b1f24" stroke-width="1.5" stroke-dasharray="3 2.25"\/><text class="legend-label"[^>]*>[^<]*<\/text><\/g>/);
  });

  test('carries the summary line as given', () => {
    expect(poster.svg).toMatch(/<text class="summary" x="24" y="\d+" font-size="16" fill="#4b5563">1 dari 14 kabupaten\/kota memiliki angka terbit tahun 2025<\/text>/);
  });
});

describe('the poster read away from the page', () => {
  const title = 'Perubahan cakupan kepesertaan BPJS Ketenagakerjaan dari tahun sebelumnya per kabupaten/kota, Kalimantan Barat, 2024';
  const source = 'Sumber: BPJS Ketenagakerjaan, melalui berita dan siaran resmi; dihimpun oleh Peta Paritrana. Sumber tiap angka: https://peta.example/?year=2024&metric=coverage_change_pp';
  const poster = posterSvg({
    geometry: { ...geometry, labels: [{ id: '61.04', text: 'Ketapang +2,5 poin', x: 5, y: 5, leader: null, kind: 'regency' }, { id: '61.07', text: 'Bengkayang', x: 25, y: 5, leader: null, kind: 'regency' }] },
    view: {
      regencies: [
        { code: '61.04', colour: '#253494', origin: 'published', text: { value: '+2,5 poin' } },
        { code: '61.07', colour: null, origin: 'none', text: null },
      ],
      legend: { entries: [] },
    },
    title,
    subtitle: 'tahun 2024',
    source,
    credit: 'Batas wilayah: …',
  });
  const titleLines = tspans(poster.svg, 'title');

  test('the full title, BPJS Ketenagakerjaan and the year with it, in lines that fit the width', () => {
    expect(titleLines.join(' ')).toBe(title);
    expect(titleLines.length).toBeGreaterThan(1);
    // 26 px bold at about 0.58 em a glyph, 24 px in from each side of a 400 px poster.
    for (const line of titleLines) expect(line.length * 26 * 0.58, line).toBeLessThanOrEqual(400 - 48);
  });

  test('the map moves down under a longer title, and the poster grows by as much', () => {
    const short = posterSvg({ geometry, view: { regencies: [], legend: { entries: [] } }, title: 'Peta', subtitle: '', source, credit: 'Batas wilayah: …' });
    expect(poster.height - short.height).toBe(32 * (titleLines.length - 1));
    expect(poster.svg).toContain(`<g transform="translate(0 ${64 + 32 * titleLines.length})"`);
  });

  test('a coloured regency carries its value after its name, as the screen writes it; one without a figure only its name', () => {
    expect(poster.svg).toContain('>Ketapang <tspan class="value" font-weight="400">+2,5 poin</tspan></text>');
    expect(poster.svg).toContain('>Bengkayang</text>');
  });

  test('the source and the page\'s address for the year and metric, so a shared image says where it is from', () => {
    const lines = tspans(poster.svg, 'source');
    expect(lines.join(' ')).toBe('Sumber: BPJS Ketenagakerjaan, melalui berita dan siaran resmi; dihimpun oleh Peta Paritrana. Sumber tiap angka: https://peta.example/?year=2024&amp;metric=coverage_change_pp');
    // In lines that fit the 400 px width, at 14 px and about 0.56 em a glyph.
    // (An address wider than the line has a line of its own.)
    for (const line of lines.filter((l) => l.includes(' '))) expect(line.replace(/&amp;/g, '&').length * 14 * 0.56, line).toBeLessThanOrEqual(400 - 48);
  });
});

describe('posterLabel', () => {
  test('the name and the value for a regency the map colours; only the name without a value or a colour', () => {
    expect(posterLabel('Ketapang', { colour: '#253494', text: { value: '68,02%' } })).toBe('Ketapang 68,02%');
    expect(posterLabel('Bengkayang', { colour: null, text: null })).toBe('Bengkayang');
    expect(posterLabel('Sekadau', undefined)).toBe('Sekadau');
  });
});

/** The lines of one of the poster's texts (its title, its source), each a tspan. */
function tspans(svg: string, kind: string): string[] {
  const text = new RegExp(`<text class="${kind}"[^>]*>(.*?)</text>`).exec(svg)?.[1] ?? '';
  return [...text.matchAll(/<tspan x="24" dy="\d+">([^<]*)<\/tspan>/g)].map((m) => m[1]!);
}

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

test('escapeXml drops what XML cannot hold, so a name with a control character still makes a poster', () => {
  // Bell, escape, NUL, a C1 control, U+FFFF and a lone surrogate: invisible on screen, fatal in XML.
  expect(escapeXml('Kota\u0007 Pon\u001b[2Jtianak\u0000\u0085\uffff\ud800')).toBe('Kota Pon[2Jtianak');
  expect(escapeXml('Sambas\tbaru\r\nbaris')).toBe('Sambas baru  baris');
  // Characters that are text stay: a surrogate pair, a bidi mark the screen also shows as it is.
  expect(escapeXml('😀 \u202eabc')).toBe('😀 \u202eabc');
});
