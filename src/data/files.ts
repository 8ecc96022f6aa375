// The names the data files go by in the repository and in the built site (under data/).
export const DATA_FILE_NAMES = {
  regions: 'regions.csv',
  coverage: 'coverage.csv',
  awards: 'awards.csv',
} as const;

/** The three files parsed and checked by the build: what the pages read (dataset-json.ts). */
export const DATASET_JSON = 'dataset.json';
