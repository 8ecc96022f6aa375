// The names the data files go by in the repository and in the built site (under data/).
export const DATA_FILE_NAMES = {
  regions: 'regions.csv',
  coverage: 'coverage.csv',
  awards: 'awards.csv',
} as const;

/** The three files parsed and checked by the build: what the pages read (dataset-json.ts). */
export const DATASET_JSON = 'dataset.json';

/**
 * The largest input file read, in bytes (20 MB). The shipped coverage file is a few kilobytes; a
 * province's figures for decades stay far below this. Checked before reading, so /dev/zero or a
 * wrong file dragged onto the page never fills the memory.
 */
export const MAX_INPUT_BYTES = 20_000_000;
