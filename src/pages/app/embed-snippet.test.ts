import { describe, expect, test } from 'vitest';
import { embedPageUrl, escapeAttribute, iframeSnippet, resizeScript, scriptSnippet } from './embed-snippet.ts';

describe('embedPageUrl', () => {
  test('embed.html beside the page, whatever the page is called and whatever its own query', () => {
    expect(embedPageUrl('https://peta.example.org/paritrana/?year=2024&lang=en', { year: 2024, lang: 'en' })).toBe(
      'https://peta.example.org/paritrana/embed.html?view=map&year=2024&lang=en',
    );
    expect(embedPageUrl('https://peta.example.org/paritrana/index.html#about', { view: 'winners', year: 2025 })).toBe(
      'https://peta.example.org/paritrana/embed.html?view=winners&year=2025&lang=id',
    );
    expect(embedPageUrl('http://localhost:4173/', {})).toBe('http://localhost:4173/embed.html?view=map&lang=id');
  });
});

describe('iframeSnippet', () => {
  test('one iframe, full width, 520 px tall, borderless, lazy, named, with the state in its address', () => {
    const snippet = iframeSnippet({
      pageUrl: 'https://peta.example.org/paritrana/?year=2025',
      state: { year: 2025, lang: 'id', region: '61.04' },
      title: 'Peta cakupan BPJS Ketenagakerjaan di Kalimantan Barat, 2025',
    });
    expect(snippet).toBe(
      '<iframe src="https://peta.example.org/paritrana/embed.html?view=map&amp;year=2025&amp;region=61.04&amp;lang=id" width="100%" height="520" style="border:0" title="Peta cakupan BPJS Ketenagakerjaan di Kalimantan Barat, 2025" loading="lazy"></iframe>',
    );
  });

  test('the title cannot break out of its attribute', () => {
    const snippet = iframeSnippet({ pageUrl: 'https://a.example/', state: {}, title: 'Peta "A" <b>', height: 400 });
    expect(snippet).toContain('title="Peta &quot;A&quot; &lt;b&gt;"');
    expect(snippet).toContain('height="400"');
  });
});

describe('resizeScript', () => {
  /** Runs the snippet's script against a page of frames; returns the page's message listener. */
  function hostPage(frames: { src: string; contentWindow: object; style: { height?: string } }[]) {
    const script = /^<script>(.*)<\/script>$/.exec(resizeScript('https://peta.example/kalbar/?year=2024'));
    expect(script).not.toBeNull();
    let listener: (event: { origin: string; source: object; data: unknown }) => void = () => {};
    const document = {
      querySelectorAll: (selector: string) => {
        const prefix = /^iframe\[src\^="(.*)"\]$/.exec(selector)![1]!;
        return frames.filter((frame) => frame.src.startsWith(prefix));
      },
    };
    new Function('addEventListener', 'document', script![1]!)((type: string, f: typeof listener) => type === 'message' && (listener = f), document);
    return listener;
  }

  test('sets the height of the embed.html frame that posted it, and of no other', () => {
    const ours = { src: 'https://peta.example/kalbar/embed.html?view=all&year=2024&lang=id', contentWindow: {}, style: {} };
    const second = { src: 'https://peta.example/kalbar/embed.html?view=map&year=2024&lang=id', contentWindow: {}, style: {} };
    const video = { src: 'https://video.example/embed', contentWindow: {}, style: {} };
    const listen = hostPage([ours, second, video]);
    listen({ origin: 'https://peta.example', source: ours.contentWindow, data: { type: 'paritrana-height', height: 812.4 } });
    expect([ours.style, second.style, video.style]).toEqual([{ height: '813px' }, {}, {}]);
  });

  test('ignores other origins, other messages and heights that are not positive numbers', () => {
    const ours = { src: 'https://peta.example/kalbar/embed.html?view=all', contentWindow: {}, style: {} };
    const listen = hostPage([ours]);
    const source = ours.contentWindow;
    listen({ origin: 'https://evil.example', source, data: { type: 'paritrana-height', height: 900 } });
    listen({ origin: 'https://peta.example', source, data: { type: 'other', height: 900 } });
    listen({ origin: 'https://peta.example', source, data: { type: 'paritrana-height', height: 'tall' } });
    listen({ origin: 'https://peta.example', source, data: { type: 'paritrana-height', height: -5 } });
    listen({ origin: 'https://peta.example', source, data: null });
    expect(ours.style).toEqual({});
  });
});

describe('scriptSnippet', () => {
  const words = {
    title: 'Cakupan kepesertaan BPJS Ketenagakerjaan per kabupaten/kota, Kalimantan Barat',
    source: 'Sumber: BPJS Ketenagakerjaan, melalui berita dan siaran resmi; dihimpun oleh',
    credit: 'Peta Paritrana',
    creditUrl: 'https://peta.example.org/paritrana/?year=2025',
  };

  test('the script, then a figure as the iframe shows it: heading with the year, legend, map, and the source with its credit link', () => {
    expect(scriptSnippet({ scriptUrl: 'https://peta.example.org/paritrana/embed/paritrana.js', state: { year: 2025, lang: 'id' }, ...words })).toBe(
      [
        '<script type="module" src="https://peta.example.org/paritrana/embed/paritrana.js"></script>',
        '<figure style="display:grid;gap:16px;margin:24px 0">',
        '  <h2 style="margin:0">Cakupan kepesertaan BPJS Ketenagakerjaan per kabupaten/kota, Kalimantan Barat, <span data-paritrana-year="peta">2025</span></h2>',
        '  <paritrana-legend for="peta"></paritrana-legend>',
        '  <paritrana-map id="peta" year="2025" lang="id"></paritrana-map>',
        '  <figcaption style="font-size:0.875em">Sumber: BPJS Ketenagakerjaan, melalui berita dan siaran resmi; dihimpun oleh <a href="https://peta.example.org/paritrana/?year=2025">Peta Paritrana</a></figcaption>',
        '</figure>',
      ].join('\n'),
    );
  });

  test('view "all" adds the year slider, the region details and the winners, each linked to the map', () => {
    const lines = scriptSnippet({ scriptUrl: 'https://a.example/embed/paritrana.js', state: { year: 2024 }, view: 'all', ...words }).split('\n');
    expect(lines.filter((line) => line.includes('for="peta"')).map((line) => line.trim())).toEqual([
      '<paritrana-legend for="peta"></paritrana-legend>',
      '<paritrana-year-slider for="peta"></paritrana-year-slider>',
      '<paritrana-region-details for="peta"></paritrana-region-details>',
      '<paritrana-winners for="peta"></paritrana-winners>',
    ]);
  });

  test('the rest of the state goes on the map; the followers read it from there', () => {
    const lines = scriptSnippet({ scriptUrl: new URL('https://a.example/embed/paritrana.js'), state: { year: 2023, lang: 'en', metric: 'participants_active', region: '61.71', carryForward: true }, mapId: 'map-2', ...words }).split('\n');
    expect(lines).toContain('  <paritrana-map id="map-2" year="2023" lang="en" metric="participants_active" selected="61.71" carry-forward></paritrana-map>');
    expect(lines).toContain('  <paritrana-legend for="map-2"></paritrana-legend>');
  });

  test('words and addresses cannot break out of the markup', () => {
    const snippet = scriptSnippet({ scriptUrl: 'https://a.example/p.js', state: {}, title: 'A <b>&', source: 'S', credit: 'C', creditUrl: 'https://a.example/?q="x"' });
    expect(snippet).toContain('A &lt;b&gt;&amp;</h2>');
    expect(snippet).toContain('href="https://a.example/?q=&quot;x&quot;"');
    // No year in the state: none in the heading either.
    expect(snippet).not.toContain('data-paritrana-year');
  });
});

test('escapeAttribute escapes what could end an attribute or start a tag', () => {
  expect(escapeAttribute('a&b"c<d>e')).toBe('a&amp;b&quot;c&lt;d&gt;e');
});
