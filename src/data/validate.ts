// Validating any one input file, whatever it is: the kind is told by its content (a JSON topology,
// or the columns of its header), not by its name, so a user's renamed export is still recognised.
import { AWARDS_SCHEMA, parseAwards } from './awards.ts';
import { COVERAGE_SCHEMA, parseCoverage } from './coverage.ts';
import type { TableSchema } from './dsv.ts';
import { columnMeaning } from './column-names.ts';
import { ProblemLog, w, type Problem } from './problems.ts';
import { parseRegions, REGIONS_SCHEMA, type RegionIndex } from './regions.ts';
import { parseTopology, TOPOLOGY_CHECKS } from './topology.ts';

export type FileKind = 'regions' | 'coverage' | 'awards' | 'topology';

export interface FileReport {
  file: string;
  kind: FileKind | null;
  /** Rows (or features) that loaded. */
  loaded: number;
  problems: Problem[];
}

const SCHEMAS: [FileKind, TableSchema][] = [
  ['regions', REGIONS_SCHEMA],
  ['coverage', COVERAGE_SCHEMA],
  ['awards', AWARDS_SCHEMA],
];

/**
 * The table whose columns a header names the most of, and how many it names; null when it names none.
 * Column names are compared as the parsers read them: by our names and the names offices give them
 * ("Kode Wilayah", "Cakupan (%)"), whatever their case, spaces and punctuation.
 */
export function kindOfHeader(names: Iterable<string>): { kind: 'regions' | 'coverage' | 'awards'; known: number } | null {
  const list = [...names];
  let best: { kind: 'regions' | 'coverage' | 'awards'; known: number } | null = null;
  for (const [kind, schema] of SCHEMAS) {
    const fields = new Set([...schema.required, ...schema.optional]);
    const named = new Set<string>();
    for (const name of list) {
      const meaning = columnMeaning(schema.headerKind, name);
      if (meaning && fields.has(meaning.field)) named.add(meaning.field);
    }
    if (named.size > (best?.known ?? 0)) best = { kind: kind as 'regions' | 'coverage' | 'awards', known: named.size };
  }
  return best;
}

export function detectKind(text: string, file: string): FileKind | null {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[') || /\.(topo)?json$/i.test(file)) return 'topology';
  const header = body.slice(0, body.indexOf('\n') === -1 ? undefined : body.indexOf('\n'));
  const names = header.split(/[,;\t|]/).map((c) => c.replace(/^\s*"|"\s*$/g, ''));
  const best = kindOfHeader(names);
  // One everyday word ("nama", "nilai") is no sign of a table of ours; two columns are, or one of our
  // own column names.
  const own = best && SCHEMAS.find(([kind]) => kind === best.kind)![1];
  const ownName = own !== null && own !== undefined && names.some((n) => [...own.required, ...own.optional].includes(n.trim().toLowerCase()));
  if (best && (best.known >= 2 || ownName)) return best.kind;
  // A header we cannot read (wrong delimiter, no header): fall back on the file's name.
  if (/region/i.test(file)) return 'regions';
  if (/award/i.test(file)) return 'awards';
  if (/coverage|cakupan/i.test(file)) return 'coverage';
  return null;
}

export function validateFile(text: string, file: string, regions: RegionIndex): FileReport {
  const kind = detectKind(text, file);
  switch (kind) {
    case 'regions': {
      const result = parseRegions(text, file);
      return { file, kind, loaded: result.index.regions.length, problems: result.problems };
    }
    case 'coverage': {
      const result = parseCoverage(text, file, regions);
      return { file, kind, loaded: result.figures.length, problems: result.problems };
    }
    case 'awards': {
      const result = parseAwards(text, file, regions);
      return { file, kind, loaded: result.awards.length, problems: result.problems };
    }
    case 'topology': {
      // The built files are told apart by name; any other topology must at least hold the regencies.
      const check = /(^|[\\/])desa[\\/][^\\/]+\.topo\.json$/.test(file) ? TOPOLOGY_CHECKS.desa : /(^|[\\/])context\.topo\.json$/.test(file) ? TOPOLOGY_CHECKS.context : /(^|[\\/])regencies\.topo\.json$/.test(file) ? TOPOLOGY_CHECKS.regencies : {};
      const result = parseTopology(text, file, regions, check);
      const loaded = result.topology ? Object.keys(result.topology.objects).length : 0;
      return { file, kind, loaded, problems: result.problems };
    }
    default: {
      const log = new ProblemLog(file);
      const empty = text.trim() === '';
      log.error(null, null, null, empty
        ? w('data; berkas ini kosong', 'data; the file is empty')
        : w('CSV cakupan, penghargaan atau wilayah (dikenali dari kolom pada baris judulnya) atau topologi TopoJSON', 'a coverage, awards or regions CSV (recognised by the columns of its header) or a TopoJSON topology'));
      return { file, kind: null, loaded: 0, problems: log.problems };
    }
  }
}
