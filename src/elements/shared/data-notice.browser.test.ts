// What an element that fetches its own data says inside its own box: that the data is coming (at once,
// and that it is late after the element's threshold), that an address attribute is no address, and,
// for a file of 200,000 bad rows, the first few of each kind and the rest counted in full, with the
// valid rows drawn.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fixtureFetcher } from '../../../test/fixtures/served-data.ts';
import { fixtureFiles } from '../../../test/fixtures/dataset.ts';
import { LISTED_PER_KIND } from '../../data/index.ts';
import '../map/map.ts';
import '../winners/winners.ts';
import '../year-slider/year-slider.ts';
import '../region-details/region-details.ts';

// The elements link, load and draw in a few frames; on a loaded two-core machine a frame can take a
// second, so a poll waits up to 10 s (Vitest's default is 1 s) before it fails.
vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

document.documentElement.removeAttribute('lang');

const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
  document.body.replaceChildren();
});

/** Answers from the fixture, with `extra` paths answered as given, after `delay` promise resolves. */
function serve(extra: Record<string, string> = {}, delay: Promise<void> = Promise.resolve()): void {
  const fixture = fixtureFetcher({}, (url) => realFetch.call(window, url));
  window.fetch = (async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    await delay;
    const path = new URL(url).pathname;
    if (path in extra) return new Response(extra[path], { headers: { 'content-type': 'text/csv' } });
    return fixture(url);
  }) as typeof fetch;
}

function place(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body.firstElementChild as HTMLElement;
}

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('loading', () => {
  for (const tag of ['paritrana-map', 'paritrana-winners', 'paritrana-year-slider', 'paritrana-region-details']) {
    test(`<${tag}> says at once that the data is coming, that it is late after data-late-after, and draws when it comes`, async () => {
      let arrive!: () => void;
      serve({}, new Promise<void>((resolve) => (arrive = resolve)));
      // Each its own deployment (data-base), so no earlier test's load is shared; the map needs the served boundaries.
      const base = tag === 'paritrana-map' ? '' : `data-base="/${tag}/"`;
      const el = place(`<${tag} ${base} data-late-after="200" lang="en" code="61.04"></${tag}>`);
      await expect.poll(() => el.shadowRoot?.querySelector('[role="status"].data-loading')?.textContent).toBe('Loading the data…');
      expect(el.getAttribute('aria-busy')).toBe('true');
      await expect.poll(() => el.shadowRoot!.querySelector('[role="status"].data-loading')?.textContent, { timeout: 3000 }).toBe(
        'The data is late; still waiting…',
      );
      arrive();
      await expect.poll(() => el.shadowRoot!.querySelector('.data-loading'), { timeout: 10_000 }).toBeNull();
      expect(el.hasAttribute('aria-busy')).toBe(false);
      // Drawn: a map's regencies, an edition's winners, the slider's years, the regency's heading.
      const drawn = { 'paritrana-map': '.regency', 'paritrana-winners': '[part~="winner"]', 'paritrana-year-slider': '[data-year]', 'paritrana-region-details': '[part="heading"]' }[tag]!;
      await expect.poll(() => el.shadowRoot!.querySelectorAll(drawn).length, { timeout: 10_000 }).toBeGreaterThan(0);
    });
  }
});

describe('an address attribute that is no address', () => {
  test.each([
    ['data-base', 'javascript:alert(5)'],
    ['data-base', 'http://['],
    ['coverage-src', 'data:text/csv,region_code'],
  ])('%s="%s" is said inside the element, naming the attribute, the value and what was expected', async (attribute, value) => {
    const requests: string[] = [];
    window.fetch = ((input: RequestInfo | URL) => {
      requests.push(String(input));
      return realFetch.call(window, input);
    }) as typeof fetch;
    for (const tag of ['paritrana-map', 'paritrana-winners', 'paritrana-year-slider']) {
      const el = document.createElement(tag);
      el.setAttribute(attribute, value);
      el.lang = 'en';
      document.body.replaceChildren(el);
      await expect.poll(() => el.shadowRoot?.querySelector('.data-problems')?.textContent ?? '').toContain(`Error in <${tag}>, attribute “${attribute}”: found`);
      const note = el.shadowRoot!.querySelector<HTMLElement>('.data-problems')!;
      expect(note.textContent).toContain('expected an http or https address or a path relative to the page');
      expect(note.checkVisibility()).toBe(true);
    }
    expect(requests).toEqual([]);
  });
});

describe('200,000 rows of duplicates and errors', () => {
  test('the map draws the valid regencies and lists the first of each kind, then counts the rest in full', { timeout: 120_000 }, async () => {
    const files = fixtureFiles();
    const [header, ...valid] = files.coverage.trimEnd().split('\n');
    const ketapang2024 = valid.find((row) => row.startsWith('61.04,2024,coverage_pct'))!;
    const bad = ketapang2024.replace(',68.02,', ',68.02%,');
    const rows = [...valid];
    for (let i = 0; i < 100_000; i++) rows.push(ketapang2024, bad);
    serve({ '/mitra/cakupan.csv': `${header}\n${rows.join('\n')}\n` });
    const map = place('<paritrana-map coverage-src="/mitra/cakupan.csv" lang="en" year="2024" style="--paritrana-map-height: 500px"></paritrana-map>');
    await expect.poll(() => map.shadowRoot!.querySelectorAll('.regency').length, { timeout: 90_000 }).toBe(14);
    expect(map.shadowRoot!.querySelector('.regency[data-code="61.04"]')!.getAttribute('data-class')).toBe('5');
    await expect.poll(() => map.shadowRoot!.querySelector('.data-problems')).not.toBeNull();
    const note = map.shadowRoot!.querySelector<HTMLElement>('.data-problems')!;
    expect(note.querySelector('summary')!.textContent).toBe('The data has 100,000 errors and 100,000 warnings. Rows with problems are not shown; the other rows still load.');
    const items = [...note.querySelectorAll('li')];
    expect(items).toHaveLength(2 * LISTED_PER_KIND + 2);
    const omitted = items.filter((li) => li.classList.contains('problem--omitted')).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(omitted).toEqual([
      expect.stringMatching(/^… and 99,990 more like these in http:\/\/[^ ]+\/mitra\/cakupan\.csv(, column “\w+”)?, such as line \d+, not listed one by one: expected .+\.$/),
      expect.stringMatching(/^… and 99,990 more like these in http:\/\/[^ ]+\/mitra\/cakupan\.csv(, column “\w+”)?, such as line \d+, not listed one by one: expected .+\.$/),
    ]);
    // The note is over the map, where a reader sees it.
    const box = note.getBoundingClientRect();
    expect(map.shadowRoot!.elementFromPoint(box.left + 20, box.top + 10)?.closest('.data-problems')).toBe(note);
    // And the zoom buttons beside it still answer.
    const zoomIn = map.shadowRoot!.querySelector<HTMLElement>('[data-action="zoom-in"]')!.getBoundingClientRect();
    expect(map.shadowRoot!.elementFromPoint(zoomIn.left + zoomIn.width / 2, zoomIn.top + zoomIn.height / 2)?.closest('[data-action]')?.getAttribute('data-action')).toBe('zoom-in');
    expect(text(map)).toContain('column “value”: found "68.02%"');
  });
});
