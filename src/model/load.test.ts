import { describe, expect, test, vi } from 'vitest';
import { datasetToJson, formatProblem, type Award, type CoverageFigure } from '../data/index.ts';
import { fixtureFiles, makeDataset } from '../../test/fixtures/dataset.ts';
import { DATA_PATHS, DATASET_PATH, loadAppData, MAP_FILES, type Fetcher } from './load.ts';
import { loadNationalTables } from './load-national.ts';
import { readTables } from './parse-files.ts';

// The CSV reader, watched: the built dataset.json is meant to spare a page the parser.
vi.mock('./parse-files.ts', { spy: true });

const BASE = 'https://example.org/peta/index.html';

/** data/province.json as the build writes it (a frozen copy, not the live configuration). */
const PROVINCE_61 = {
  code: '61',
  name: { id: 'Kalimantan Barat', en: 'West Kalimantan' },
  contextBox: { west: 106, south: -4.8, east: 117, north: 3.9 },
  contextLabels: [{ text: 'Malaysia', kind: 'land', at: [[112.6, 2.2]] }],
};

const fixture = fixtureFiles();
const FILES: Record<string, string> = {
  [DATA_PATHS.regions]: fixture.regions,
  [DATA_PATHS.coverage]: fixture.coverage,
  [DATA_PATHS.awards]: fixture.awards,
  [DATA_PATHS.regencyTopology]: JSON.stringify(tinyRegencyTopology()),
  [DATA_PATHS.contextTopology]: JSON.stringify(tinyContextTopology()),
  [DATA_PATHS.province]: JSON.stringify(PROVINCE_61),
};

/** A server holding FILES under /peta/, with some answers replaced. */
function server(replace: Record<string, () => Response> = {}): { fetcher: Fetcher; asked: string[] } {
  const asked: string[] = [];
  const fetcher: Fetcher = async (url) => {
    asked.push(url);
    const path = new URL(url).pathname.replace(/^\/peta\//, '');
    if (replace[path]) return replace[path]();
    const body = FILES[path];
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(body, { headers: { 'content-type': path.endsWith('.json') ? 'application/json' : 'text/csv' } });
  };
  return { fetcher, asked };
}

const BUILT = JSON.stringify(datasetToJson(makeDataset(), fixture));

describe('loadAppData on a built site (dataset.json beside the CSV files)', () => {
  const built = { [DATASET_PATH]: () => new Response(BUILT, { headers: { 'content-type': 'application/json' } }) };

  test('reads the tables from dataset.json while the CSV files are those it was built from: no parser is needed', async () => {
    vi.mocked(readTables).mockClear();
    const { fetcher, asked } = server(built);
    const data = await loadAppData(BASE, fetcher);
    expect(asked.sort()).toEqual([DATASET_PATH, ...Object.values(DATA_PATHS)].map((p) => `https://example.org/peta/${p}`).sort());
    expect(readTables).not.toHaveBeenCalled();
    expect(data.problems).toEqual([]);
    expect(data.dataset).toEqual(makeDataset());
    expect(data.regencyTopology).not.toBeNull();
  });

  test('a coverage file replaced on the server after the build is read and checked, and its new figure shown', async () => {
    vi.mocked(readTables).mockClear();
    const coverage = `${FILES[DATA_PATHS.coverage]!.trimEnd()}\n61.05,2024,coverage_pct,33.3,percent,https://example.com/sintang,high,\n`;
    const { fetcher } = server({ ...built, [DATA_PATHS.coverage]: () => new Response(coverage) });
    const data = await loadAppData(BASE, fetcher, {}, MAP_FILES);
    expect(readTables).toHaveBeenCalledOnce();
    expect(data.problems).toEqual([]);
    const sintang = data.dataset.figures.filter((f) => f.regionCode === '61.05');
    expect(sintang.map((f) => [f.value, f.period.text, f.sourceUrl])).toEqual([[33.3, '2024', 'https://example.com/sintang']]);
    // The files not replaced still give what they gave.
    const awards = (list: readonly Award[]) => list.map((a) => [a.edition, a.rank, a.regionCode, a.sourceUrl]);
    expect(awards(data.dataset.awards)).toEqual(awards(makeDataset().awards));
  });

  test('a replaced file with a mistake has it named by file, line and field, as any file\'s, and the other rows still load', async () => {
    const coverage = `${FILES[DATA_PATHS.coverage]!.trimEnd()}\n61.05,2024,coverage_pct,33%,percent,https://example.com/sintang,high,\n`;
    const { fetcher } = server({ ...built, [DATA_PATHS.coverage]: () => new Response(coverage) });
    const data = await loadAppData(BASE, fetcher, {}, MAP_FILES);
    expect(data.problems.map(formatProblem)).toEqual([expect.stringMatching(/^data\/coverage\.csv:\d+: error: value: found "33%"/)]);
    expect(data.dataset.figures.some((f) => f.regionCode === '61.04' && f.value === 68.02)).toBe(true);
  });

  test('a CSV file the server no longer has leaves dataset.json standing for it', async () => {
    vi.mocked(readTables).mockClear();
    const { fetcher } = server({ ...built, [DATA_PATHS.awards]: () => new Response('gone', { status: 404 }) });
    const data = await loadAppData(BASE, fetcher, {}, MAP_FILES);
    expect(readTables).not.toHaveBeenCalled();
    expect(data.problems).toEqual([]);
    expect(data.dataset).toEqual(makeDataset());
  });

  test('a dataset.json with no fingerprints (an older build) cannot vouch for the CSV files: they are read', async () => {
    vi.mocked(readTables).mockClear();
    const { fetcher } = server({ [DATASET_PATH]: () => new Response(JSON.stringify(datasetToJson(makeDataset()))) });
    const data = await loadAppData(BASE, fetcher, {}, MAP_FILES);
    expect(readTables).toHaveBeenCalledOnce();
    const figures = (list: readonly CoverageFigure[]) => list.map((f) => [f.regionCode, f.metric, f.value, f.period.text]);
    expect(figures(data.dataset.figures)).toEqual(figures(makeDataset().figures));
  });

  test('a page that names its own coverage file gets it read and checked, with the other tables from the site', async () => {
    const coverage = `${FILES[DATA_PATHS.coverage]!.trimEnd()}\n61.03,2024,coverage_pct,12%,percent,https://example.com/x,high,\n`;
    const { fetcher, asked } = server({ ...built, 'kami/cakupan.csv': () => new Response(coverage) });
    const data = await loadAppData(BASE, fetcher, { coverage: 'https://example.org/peta/kami/cakupan.csv' }, MAP_FILES);
    expect(asked).not.toContain(`https://example.org/peta/${DATASET_PATH}`);
    expect(data.problems.map(formatProblem)).toEqual([expect.stringMatching(/^https:\/\/example\.org\/peta\/kami\/cakupan\.csv:\d+: error: value: found "12%"/)]);
  });

  test('a partner\'s coverage file saved as Windows-1252 is read right, with a warning, never with U+FFFD', async () => {
    const text = `${FILES[DATA_PATHS.coverage]!.trimEnd()}\n61.03,2024,coverage_pct,12,percent,https://example.com/x,high,Angka disampaikan Kepala Dinas (caf\u00e9 pagi)\n`;
    const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const { fetcher } = server({ ...built, 'kami/cakupan.csv': () => new Response(latin1) });
    const data = await loadAppData(BASE, fetcher, { coverage: 'https://example.org/peta/kami/cakupan.csv' }, MAP_FILES);
    const figure = data.dataset.figures.find((f) => f.regionCode === '61.03' && f.period.year === 2024)!;
    expect(figure.note).toContain('café');
    expect(data.problems.map(formatProblem)).toEqual([expect.stringMatching(/^https:\/\/example\.org\/peta\/kami\/cakupan\.csv:\d+: warning: .*Windows-1252/)]);
  });

  test('a workbook served in place of a CSV file is refused, saying what it is', async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    const { fetcher } = server({ ...built, 'kami/cakupan.csv': () => new Response(zip) });
    const data = await loadAppData(BASE, fetcher, { coverage: 'https://example.org/peta/kami/cakupan.csv' }, MAP_FILES);
    expect(data.problems.map(formatProblem)).toEqual([expect.stringMatching(/cakupan\.csv: error: .*a ZIP archive \(an Excel workbook\?\)/)]);
    // The site's own tables still load: the regencies are there to draw, without figures.
    expect(data.dataset.regions.regions.length).toBeGreaterThan(0);
    expect(data.dataset.figures).toEqual([]);
  });

  test('a dataset.json of another format is not trusted: the CSV files are read instead', async () => {
    const { fetcher, asked } = server({ [DATASET_PATH]: () => new Response('{"format":"something-else"}') });
    const data = await loadAppData(BASE, fetcher);
    expect(asked).toContain(`https://example.org/peta/${DATA_PATHS.coverage}`);
    expect(data.dataset.figures.some((f) => f.regionCode === '61.04' && f.value === 68.02)).toBe(true);
  });
});

describe('loadAppData on a site with the CSV files alone', () => {
  test('fetches every file relative to the page, so the site works from any folder', async () => {
    const { fetcher, asked } = server();
    await loadAppData(BASE, fetcher);
    expect(asked.sort()).toEqual([DATASET_PATH, ...Object.values(DATA_PATHS)].map((p) => `https://example.org/peta/${p}`).sort());
  });

  test('parses clean files with no problems', async () => {
    const { fetcher } = server();
    const data = await loadAppData(BASE, fetcher);
    expect(data.problems.map(formatProblem)).toEqual([]);
    expect(data.dataset.regions.regencies).toHaveLength(14);
    expect(data.dataset.figures.some((f) => f.regionCode === '61.04' && f.value === 68.02)).toBe(true);
    expect(data.regencyTopology).not.toBeNull();
    expect(data.contextTopology).not.toBeNull();
  });

  test('reports a file the server does not have, once, with its status, and loads the rest', async () => {
    const { fetcher } = server({ [DATA_PATHS.awards]: () => new Response('gone', { status: 404 }) });
    const data = await loadAppData(BASE, fetcher);
    expect(data.problems.map(formatProblem)).toEqual([
      'data/awards.csv: error: found "HTTP 404"; expected the file at https://example.org/peta/data/awards.csv; build the site with npm run build, which puts it in data/',
    ]);
    expect(data.dataset.figures.length).toBeGreaterThan(0);
  });

  test('treats a web page served in place of a data file as a missing file', async () => {
    const { fetcher } = server({
      [DATA_PATHS.coverage]: () => new Response('<!doctype html><title>x</title>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    });
    const data = await loadAppData(BASE, fetcher);
    expect(data.problems).toHaveLength(1);
    expect(formatProblem(data.problems[0]!)).toMatch(/^data\/coverage\.csv: error: found "a web page \(text\/html; charset=utf-8\)"/);
    expect(data.dataset.figures).toEqual([]);
  });

  test('reports a request that fails outright rather than throwing', async () => {
    const { fetcher } = server({
      [DATA_PATHS.regencyTopology]: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const data = await loadAppData(BASE, fetcher);
    expect(data.regencyTopology).toBeNull();
    expect(formatProblem(data.problems[0]!)).toMatch(/^data\/regencies\.topo\.json: error: found "Failed to fetch"/);
  });

  test('keeps the valid rows of a file with a bad row, and names the bad row by line and field', async () => {
    const coverage = `${FILES[DATA_PATHS.coverage]!.trimEnd()}\n61.03,2024,coverage_pct,12%,percent,https://example.com/x,high,\n`;
    const { fetcher } = server({ [DATA_PATHS.coverage]: () => new Response(coverage) });
    const data = await loadAppData(BASE, fetcher);
    const line = coverage.trimEnd().split('\n').length;
    expect(data.problems.map(formatProblem)).toEqual([
      `data/coverage.csv:${line}: error: value: found "12%"; expected a bare number: put the unit (percent) in the unit column, not a % sign`,
    ]);
    expect(data.dataset.figures.filter((f) => f.regionCode === '61.04')).not.toHaveLength(0);
  });

  test('accepts the neighbouring provinces and countries of the context layer, which are not Kalbar regions', async () => {
    const { fetcher } = server();
    const data = await loadAppData(BASE, fetcher);
    expect(data.contextTopology?.objects).toHaveProperty('negara');
  });

  test('reads which province the data is (data/province.json): its names, camera box and the names around it', async () => {
    const { fetcher } = server();
    const data = await loadAppData(BASE, fetcher);
    expect(data.province).toEqual(PROVINCE_61);
  });

  test('a province.json of another province than the regions is said, field and both codes named', async () => {
    const { fetcher } = server({ [DATA_PATHS.province]: () => new Response(JSON.stringify({ ...PROVINCE_61, code: '62' })) });
    const data = await loadAppData(BASE, fetcher);
    expect(data.problems.map(formatProblem)).toEqual(['data/province.json: warning: code: found "62"; expected "61", the province of the regions in data/regions.csv']);
  });

  test('a province.json with a wrong field names the field and what to write; the map still gets its boundaries', async () => {
    const { fetcher } = server({ [DATA_PATHS.province]: () => new Response(JSON.stringify({ ...PROVINCE_61, contextBox: { ...PROVINCE_61.contextBox, west: 200 } })) });
    const data = await loadAppData(BASE, fetcher);
    expect(data.province).toBeNull();
    expect(data.regencyTopology).not.toBeNull();
    expect(data.problems.map(formatProblem)).toEqual([
      'data/province.json: error: contextBox.west: found "200"; expected degrees between -180 and 180, as npm run build:data writes it from provinces/<code>.json',
    ]);
  });

  test('elements that draw no map ask for no province.json, as for no boundaries', async () => {
    const { fetcher, asked } = server();
    const data = await loadAppData(BASE, fetcher, {}, MAP_FILES);
    expect(asked.some((url) => url.endsWith('province.json'))).toBe(false);
    expect(data.province).toBeNull();
  });

  test('still refuses a context layer that is not a topology', async () => {
    const { fetcher } = server({ [DATA_PATHS.contextTopology]: () => new Response('{"type":"FeatureCollection","features":[]}') });
    const data = await loadAppData(BASE, fetcher);
    expect(data.contextTopology).toBeNull();
    expect(formatProblem(data.problems[0]!)).toMatch(/^data\/context\.topo\.json: error: type: found "FeatureCollection"/);
  });
});

describe('loadAppData says why a file did not come, and what fixes it', () => {
  const refused = () => {
    throw new TypeError('Failed to fetch');
  };
  const partnerCoverage = { coverage: 'https://mitra.example/kami/cakupan.csv' };
  const only = (problems: readonly Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);

  test('a refused request from a page of another origin names CORS and the header that allows it', async () => {
    const { fetcher } = server();
    const page = { origin: 'https://berita.example', online: () => true };
    const data = await loadAppData(BASE, (url) => (url.startsWith('https://mitra.example/') ? Promise.resolve().then(refused) : fetcher(url)), partnerCoverage, MAP_FILES, page);
    expect(only(data.problems)).toEqual([
      'https://mitra.example/kami/cakupan.csv: error: found "Failed to fetch"; expected the file at https://mitra.example/kami/cakupan.csv; the request was refused, most likely because the server of https://mitra.example does not allow pages of https://berita.example to read it (CORS): it must send the header Access-Control-Allow-Origin (for example Access-Control-Allow-Origin: *) with the file; otherwise check the address and that the server is running',
    ]);
  });

  test('offline says offline, not CORS', async () => {
    const page = { origin: 'https://berita.example', online: () => false };
    const data = await loadAppData(BASE, () => Promise.resolve().then(refused), {}, MAP_FILES, page);
    expect(only(data.problems)[0]).toMatch(/the browser is offline: connect to the network and load the page again$/);
  });

  test('a named file the server does not have names the status and the attribute, not the build', async () => {
    const { fetcher } = server();
    const data = await loadAppData(BASE, (url) => (url.startsWith('https://mitra.example/') ? Promise.resolve(new Response('gone', { status: 404 })) : fetcher(url)), partnerCoverage, MAP_FILES);
    expect(only(data.problems)).toEqual([
      'https://mitra.example/kami/cakupan.csv: error: found "HTTP 404"; expected the file at https://mitra.example/kami/cakupan.csv; the server has no file there (HTTP 404): check the address in the attribute',
    ]);
  });

  test('a server error names its status', async () => {
    const { fetcher } = server({ [DATA_PATHS.awards]: () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }) });
    const data = await loadAppData(BASE, fetcher);
    expect(only(data.problems)).toEqual([
      'data/awards.csv: error: found "HTTP 500"; expected the file at https://example.org/peta/data/awards.csv; the server answered HTTP 500, a fault of the server: try again later',
    ]);
  });

  test('a web page served as text/plain is still a web page, not a CSV file', async () => {
    const { fetcher } = server({ [DATA_PATHS.coverage]: () => new Response('\n  <!DOCTYPE html><html><body>Halaman tidak ditemukan</body></html>', { headers: { 'content-type': 'text/plain' } }) });
    const data = await loadAppData(BASE, fetcher);
    expect(only(data.problems)).toEqual([
      'data/coverage.csv: error: found "a web page (starting <!DOCTYPE html><html)"; expected a CSV file at https://example.org/peta/data/coverage.csv; got a web page, not a CSV file: the file is probably missing there, or the address leads to a page',
    ]);
  });
});

/** Fourteen unit squares in a row, one per regency, plus the province around them. */
function tinyRegencyTopology() {
  const codes = ['61.01', '61.02', '61.03', '61.04', '61.05', '61.06', '61.07', '61.08', '61.09', '61.10', '61.11', '61.12', '61.71', '61.72'];
  const arcs = codes.map((_, i) => [[109 + i * 0.1, 0], [109 + i * 0.1, 0.1], [109.1 + i * 0.1, 0.1], [109.1 + i * 0.1, 0], [109 + i * 0.1, 0]]);
  return {
    type: 'Topology',
    arcs,
    objects: {
      kabupaten: { type: 'GeometryCollection', geometries: codes.map((id, i) => ({ type: 'Polygon', id, arcs: [[i]], properties: { name: id } })) },
      provinsi: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', id: '61', arcs: codes.map((_, i) => [[i]]) }] },
    },
  };
}

function tinyContextTopology() {
  return {
    type: 'Topology',
    arcs: [[[111, 1], [111, 2], [112, 2], [112, 1], [111, 1]], [[111, -2], [111, -1], [112, -1], [112, -2], [111, -2]]],
    objects: {
      provinsi: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '62', arcs: [[1]], properties: { name: 'Kalimantan Tengah' } }] },
      negara: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '458', arcs: [[0]], properties: { name: 'Malaysia' } }] },
    },
  };
}

describe('loadNationalTables: the national tables, for the data desk of another area', () => {
  test('read from data/national/ as served, each problem naming its file there; a missing file is said, not an empty table', async () => {
    const asked: string[] = [];
    const national: Record<string, string> = {
      'data/national/regions.csv': 'kemendagri_code,bps_code,name,short_name,type,former_names\n63,,Provinsi Kalimantan Selatan,Kalimantan Selatan,provinsi,\n',
      'data/national/coverage.csv': 'region_code,period,metric,value,unit,source_url,confidence\n63,2025,coverage_pct,42,percent,https://example.org/a,medium\n99,2025,coverage_pct,1,percent,https://example.org/a,medium\n',
    };
    const fetcher: Fetcher = async (url) => {
      asked.push(url);
      const body = national[new URL(url).pathname.replace(/^\/peta\//, '')];
      return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { headers: { 'content-type': 'text/csv' } });
    };
    const { dataset, problems } = await loadNationalTables(BASE, fetcher);
    expect(asked.map((url) => new URL(url).pathname)).toEqual(['/peta/data/national/regions.csv', '/peta/data/national/coverage.csv', '/peta/data/national/awards.csv']);
    expect(dataset.figures.map((f) => f.regionCode)).toEqual(['63']);
    expect(problems.map((p) => [p.file, p.line, p.found])).toEqual([
      ['data/national/awards.csv', null, 'HTTP 404'],
      ['data/national/coverage.csv', 3, '99'],
    ]);
  });
});
