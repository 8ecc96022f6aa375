// Loading the project's three data files together: regions first, since the other two resolve their
// region codes against it.
import { parseAwards, type Award } from './awards.ts';
import { parseCoverage, type CoverageFigure } from './coverage.ts';
import type { Problem } from './problems.ts';
import { parseRegions, type RegionIndex } from './regions.ts';

export interface Dataset {
  regions: RegionIndex;
  figures: CoverageFigure[];
  awards: Award[];
  problems: Problem[];
}

export interface DatasetFiles {
  regions: { name: string; text: string };
  coverage: { name: string; text: string };
  awards: { name: string; text: string };
}

export function parseDataset(files: DatasetFiles): Dataset {
  const regions = parseRegions(files.regions.text, files.regions.name);
  const coverage = parseCoverage(files.coverage.text, files.coverage.name, regions.index);
  const awards = parseAwards(files.awards.text, files.awards.name, regions.index);
  return {
    regions: regions.index,
    figures: coverage.figures,
    awards: awards.awards,
    problems: [...regions.problems, ...coverage.problems, ...awards.problems],
  };
}

export { DATA_FILE_NAMES } from './files.ts';
