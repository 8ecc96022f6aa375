// The empty templates the data desk offers for download, made from the field guide
// (src/data/field-guide.ts): a CSV file a table (header and one example row) and one workbook with a
// sheet a table and the "Petunjuk" sheet explaining every column. Written into the site's
// data/templates/ (git-ignored, rebuilt by `npm run build:data`); the examples name a regency of the
// province being built, so each example row is valid there.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import {
  FIELD_GUIDE,
  GUIDE_SHEET,
  guideRows,
  TABLE_KINDS,
  TEMPLATE_FILES,
  TEMPLATE_SHEETS,
  TEMPLATES_DIR,
  templateCsv,
  templateRows,
  type Region,
  type RegionIndex,
} from '../src/data/index.ts';

const bold = (value: string) => ({ value, fontWeight: 'bold' as const });

/**
 * The template workbook: the guide first (it is what a person reads first), then a sheet a table. A
 * figure's example is a number cell, everything else text, so codes keep their zeros ("61.10").
 */
async function templateWorkbook(region?: Region): Promise<Uint8Array> {
  const [guideHeader, ...guide] = guideRows();
  const sheets = [
    {
      sheet: GUIDE_SHEET,
      data: [guideHeader!.map(bold), ...guide.map((row) => row.map((value) => ({ value, wrap: true })))],
      columns: [14, 20, 10, 40, 50, 24, 30, 40, 50].map((width) => ({ width })),
      stickyRowsCount: 1,
    },
    ...TABLE_KINDS.map((kind) => {
      const { header, example } = templateRows(kind, region);
      return {
        sheet: TEMPLATE_SHEETS[kind],
        data: [
          header.map(bold),
          example.map((value, i) => (FIELD_GUIDE[kind][header[i]!]!.reading === 'number' ? { value: Number(value), type: Number } : { value, type: String })),
        ],
        columns: header.map((column) => ({ width: Math.max(column.length, 14) + 2 })),
        stickyRowsCount: 1,
      };
    }),
  ];
  return new Uint8Array(await writeExcelFile(sheets).toBuffer());
}

/** Every template, by file name. */
export async function templateFiles(region?: Region): Promise<Record<string, string | Uint8Array>> {
  return {
    [TEMPLATE_FILES.coverage]: templateCsv('coverage', region),
    [TEMPLATE_FILES.awards]: templateCsv('awards', region),
    [TEMPLATE_FILES.regions]: templateCsv('regions', region),
    [TEMPLATE_FILES.workbook]: await templateWorkbook(region),
  };
}

/**
 * Writes the templates into `dataOutDir`/templates/, their examples naming the guide's regency when the
 * province has it, else its first regency; the names of the files written.
 */
export async function buildTemplates(dataOutDir: string, regions: RegionIndex): Promise<string[]> {
  const dir = join(dataOutDir, TEMPLATES_DIR);
  mkdirSync(dir, { recursive: true });
  const files = await templateFiles(regions.byCode.get(FIELD_GUIDE.coverage.region_code!.example) ?? regions.regencies[0]);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return Object.keys(files);
}
