// The CSV parser and validator, and the topology checks: what a page needs only for files it must
// check itself (a partner's own CSV, a CSV file replaced after the build, a site deployed without
// dataset.json, the boundaries and data/province.json, which go with them). Its own module, so load.ts can import it on demand and a page of
// tables alone never loads it.
import { expectedFields, parseDataset, parseProvinceInfo, ProvinceConfigError, w, type Dataset, type Problem, type ProvinceInfo, type RegionIndex } from '../data/index.ts';
import type { Fetched } from './load-failures.ts';

export { parseTopology, TOPOLOGY_CHECKS } from '../data/index.ts';
export { strayDesa } from '../data/desa.ts';

/**
 * The three tables from their fetched texts (regions, coverage, awards, each under the name problems
 * give it), read and checked. A failed request is its file's one problem, not also "the file is
 * empty"; a file read in another encoding says so first.
 */
export function readTables(files: readonly (readonly [string, Fetched])[]): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = files.flatMap(([, fetched]) => (fetched.ok ? fetched.problems : [fetched.problem]));
  const failed = new Set(files.filter(([, fetched]) => !fetched.ok).map(([file]) => file));
  const table = ([file, fetched]: readonly [string, Fetched]) => ({ name: file, text: fetched.ok ? fetched.text : '' });
  const [regions, coverage, awards] = files as readonly [readonly [string, Fetched], readonly [string, Fetched], readonly [string, Fetched]];
  const dataset = parseDataset({ regions: table(regions), coverage: table(coverage), awards: table(awards) });
  for (const problem of dataset.problems) if (!failed.has(problem.file)) problems.push(problem);
  return { dataset, problems };
}

/**
 * data/province.json checked; null (its problem said) when it did not come or does not say a province.
 * One left from another province than the regions' would frame and name them wrongly: said, not hidden.
 */
export function readProvince(fetched: Fetched, file: string, regions: RegionIndex, regionsFile: string, problems: Problem[]): ProvinceInfo | null {
  if (!fetched.ok) {
    problems.push(fetched.problem);
    return null;
  }
  try {
    const province = parseProvinceInfo(JSON.parse(fetched.text), file);
    // The whole's code: the province's, or '' for Indonesia (the national map's whole has none).
    const regionsProvince = regions.province?.type === 'negara' ? '' : regions.regions.find((r) => r.code.length >= 2)?.code.slice(0, 2);
    if (regionsProvince !== undefined && province.code !== regionsProvince) {
      problems.push({
        severity: 'warning',
        file,
        line: null,
        field: 'code',
        found: province.code,
        ...expectedFields(w(`"${regionsProvince}", provinsi wilayah di ${regionsFile}`, `"${regionsProvince}", the province of the regions in ${regionsFile}`)),
      });
    }
    return province;
  } catch (error) {
    const expected = error instanceof ProvinceConfigError && error.expected ? error.expected : 'JSON as npm run build:data writes it';
    problems.push({
      severity: 'error',
      file,
      line: null,
      field: error instanceof ProvinceConfigError ? error.field : null,
      found: error instanceof ProvinceConfigError && error.found !== null ? error.found : (error as Error).message,
      // The host's fix is the same whatever the field: write the file again from the province's configuration.
      ...expectedFields(w(
        `isi seperti yang ditulis npm run build:data dari provinces/<kode>.json (${expected})`,
        `${expected}, as npm run build:data writes it from provinces/<code>.json`,
      )),
    });
    return null;
  }
}

