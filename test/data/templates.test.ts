// The templates the offices fill in: every column explained in both languages, each example row valid
// as it stands, and the workbook read back as the same tables as the CSV templates.
import { describe, expect, it } from 'vitest';
import {
  FIELD_GUIDE,
  formatProblem,
  GUIDE_SHEET,
  guideRows,
  importFile,
  TABLE_KINDS,
  TABLE_SCHEMAS,
  TEMPLATE_FILES,
  TEMPLATE_SHEETS,
  templateCsv,
  validateFile,
  validateTable,
} from '../../src/data/index.ts';
import { templateFiles } from '../../scripts/build-templates.ts';
import { shippedRegions } from './helpers.ts';

const regions = shippedRegions();

describe('the field guide', () => {
  it('explains every column of every table, and no other, in Bahasa Indonesia and in English', () => {
    for (const kind of TABLE_KINDS) {
      const schema = TABLE_SCHEMAS[kind];
      expect(Object.keys(FIELD_GUIDE[kind]).sort(), kind).toEqual([...schema.required, ...schema.optional].sort());
      for (const [column, guide] of Object.entries(FIELD_GUIDE[kind])) {
        for (const text of [guide.id.meaning, guide.id.format, guide.en.meaning, guide.en.format]) expect(text.trim(), `${kind}.${column}`).not.toBe('');
      }
    }
  });

  it('the Petunjuk sheet has a row for each column of each table, saying whether the column is required', () => {
    const [header, ...rows] = guideRows();
    expect(header![0]).toBe('Lembar');
    expect(rows).toHaveLength(TABLE_KINDS.reduce((n, kind) => n + Object.keys(FIELD_GUIDE[kind]).length, 0));
    expect(rows.find((row) => row[0] === 'Cakupan' && row[1] === 'value')?.[2]).toBe('Ya');
    expect(rows.find((row) => row[0] === 'Cakupan' && row[1] === 'note')?.[2]).toBe('Tidak');
    expect(rows.find((row) => row[0] === 'Cakupan' && row[1] === 'confidence')?.[6]).toBe('high, medium, low');
  });
});

describe('the templates', () => {
  for (const kind of TABLE_KINDS) {
    it(`the ${kind} CSV template's example row loads with no problem`, () => {
      const report = validateFile(templateCsv(kind), TEMPLATE_FILES[kind], regions);
      expect(report.problems.map(formatProblem)).toEqual([]);
      expect(report).toMatchObject({ kind, loaded: 1 });
    });
  }

  it('the workbook template is read back as the CSV templates, a sheet each, its guide left out without a word', { timeout: 20_000 }, async () => {
    const files = await templateFiles(regions.byCode.get('61.04'));
    const imported = await importFile(files[TEMPLATE_FILES.workbook] as Uint8Array, TEMPLATE_FILES.workbook);
    expect(imported.problems).toEqual([]);
    expect(imported.tables.map((table) => [table.sheet, table.text])).toEqual(TABLE_KINDS.map((kind) => [TEMPLATE_SHEETS[kind], files[TEMPLATE_FILES[kind]]]));
    for (const table of imported.tables) expect(validateTable(table, regions)).toMatchObject({ loaded: 1, problems: [] });
    expect(Object.values(TEMPLATE_SHEETS)).not.toContain(GUIDE_SHEET);
  });
});
