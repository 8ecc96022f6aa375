// The one-file ceremony's fetcher: the loader reads the carried files as it reads the site's, and the
// whole load runs on them (src/model/load.ts, with the repository's data as the block would hold it).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadAppData } from '../../model/load.ts';
import { carriedFetcher } from './carried-files.ts';

const base = new URL('file:///media/usb/');

describe('carriedFetcher', () => {
  test('answers a path under the page\'s folder with the file\'s text', async () => {
    const fetcher = carriedFetcher(new Map([['data/awards.csv', 'edition,regency\n']]), base);
    const response = await fetcher('file:///media/usb/data/awards.csv');
    expect(response.ok).toBe(true);
    expect(await response.text()).toBe('edition,regency\n');
  });

  test('answers 404 for a file it does not carry, or one outside the folder', async () => {
    const fetcher = carriedFetcher(new Map([['data/awards.csv', 'x']]), base);
    expect((await fetcher('file:///media/usb/data/coverage.csv')).status).toBe(404);
    expect((await fetcher('file:///elsewhere/data/awards.csv')).status).toBe(404);
  });

  test('the loader reads the tables from the carried files, with no server', async () => {
    const data = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
    const files = new Map(['regions.csv', 'coverage.csv', 'awards.csv'].map((name) => [`data/${name}`, data(name)]));
    const loaded = await loadAppData(base, carriedFetcher(files, base), {}, ['regencyTopology', 'contextTopology', 'province']);
    expect(loaded.dataset.figures.length).toBeGreaterThan(0);
    expect(loaded.dataset.awards.some((award) => award.edition === 2025)).toBe(true);
    // dataset.json is not carried here: the CSV files are read and checked instead, with no error.
    expect(loaded.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});
