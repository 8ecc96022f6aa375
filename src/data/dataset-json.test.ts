import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../test/fixtures/dataset.ts';
import { datasetFromJson, datasetToJson } from './dataset-json.ts';
import { formatProblem } from './problem-text.ts';

describe('datasetFromJson', () => {
  const dataset = makeDataset();
  const text = JSON.stringify(datasetToJson(dataset));

  it('reads back every figure the build wrote', () => {
    const read = datasetFromJson(text, 'data/dataset.json');
    expect(read.dataset!.figures).toEqual(dataset.figures);
    expect(read.problems).toEqual([]);
  });

  it('drops a figure whose value JSON reads as Infinity (1e400), naming it, and keeps the others', () => {
    const edited = text.replace('"value":68.02', '"value":1e400');
    expect(edited).not.toBe(text);
    const read = datasetFromJson(edited, 'data/dataset.json');
    const index = dataset.figures.findIndex((f) => f.value === 68.02);
    expect(read.problems.map(formatProblem)).toEqual([
      `data/dataset.json: error: figures[${index}].value: found "Infinity"; expected a finite number, as npm run build:data writes it`,
    ]);
    expect(read.dataset!.figures).toHaveLength(dataset.figures.length - 1);
    expect(read.dataset!.figures.some((f) => !Number.isFinite(f.value))).toBe(false);
  });
});
