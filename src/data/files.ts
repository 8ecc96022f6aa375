// The names the data files go by in the repository and in the built site (under data/).
export const DATA_FILE_NAMES = {
  regions: 'regions.csv',
  coverage: 'coverage.csv',
  awards: 'awards.csv',
} as const;

/**
 * The national tables (every province but the home one, and Indonesia as a whole): data/national/ in
 * the repository, served under the same path by the default deployment, where the data desk of any
 * other area reads and writes them (desk.html?province=63).
 */
export const NATIONAL_TABLES_FOLDER = 'data/national/';

/** The three files parsed and checked by the build: what the pages read (dataset-json.ts). */
export const DATASET_JSON = 'dataset.json';

/**
 * Which province the data/ folder is for: its code, names, camera box and the names around it
 * (ProvinceInfo, src/data/province.ts), written by the build from provinces/<code>.json. The pages and
 * the elements read it with the boundaries, so no script carries a province of its own.
 */
export const PROVINCE_JSON = 'province.json';

/**
 * A regency's desa and kecamatan (objects `desa` and `kecamatan`, each feature's id its Kemendagri code
 * and its one property `name`), under data/: written by the boundary build for every regency of a
 * province with a desa source, so a village winner's card loads only its own regency's file.
 */
export const desaTopologyFile = (regencyCode: string): string => `desa/${regencyCode}.topo.json`;

/**
 * The id of the JSON block in each of the site's pages that says the deployment's province (its code and
 * names): what the page says before its data arrive (src/pages/shared/page-shell.ts).
 */
export const PAGE_PROVINCE_ID = 'paritrana-province';

/**
 * The id of the JSON block (data path -> the file's text) in a page that carries its data files inside
 * itself: the ceremony as one HTML file, opened from a USB stick with no server to fetch them from
 * (scripts/lib/offline/ceremony-file.ts writes it, src/pages/shared/carried-files.ts reads it).
 */
export const CARRIED_FILES_ID = 'paritrana-files';

/**
 * The largest input file read, in bytes (20 MB). The shipped coverage file is a few kilobytes; a
 * province's figures for decades stay far below this. Checked before reading, so /dev/zero or a
 * wrong file dragged onto the page never fills the memory.
 */
export const MAX_INPUT_BYTES = 20_000_000;
