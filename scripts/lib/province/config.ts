// Which province a build is for, and where its files go. PARITRANA_PROVINCE names the configuration
// file (provinces/<code>.json); unset, provinces/default.json names it. Every build step (boundaries,
// data, the Vite builds) asks here, so they cannot disagree.
//
// The default province builds where it always has (public/data/, dist/); any other province builds
// under .cache/province-<code>/ (git-ignored), so building it never overwrites the default site.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseProvinceConfig, ProvinceConfigError, type ProvinceConfig } from '../../../src/data/province.ts';

const PROVINCE_ENV = 'PARITRANA_PROVINCE';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const PROVINCES_DIR = join(repoRoot, 'provinces');

export interface ProvinceBuild {
  config: ProvinceConfig;
  /** True for the province of provinces/default.json. */
  isDefault: boolean;
  /** The configuration file's path. */
  configFile: string;
  /** Absolute folder of regions.csv, coverage.csv and awards.csv. */
  dataDir: string;
  /** Absolute folder Vite copies into the site (public/, or a copy of it for another province). */
  publicDir: string;
  /** Absolute folder the site serves as data/ (inside publicDir). */
  dataOutDir: string;
  /** Absolute folder of the built site (dist/ for the default province). */
  siteOutDir: string;
}

function defaultProvinceCode(): string {
  const file = join(PROVINCES_DIR, 'default.json');
  const parsed = readJson(file) as { province?: unknown };
  if (typeof parsed.province !== 'string' || !/^\d{2}$/.test(parsed.province)) {
    throw new ProvinceConfigError(`${relative(repoRoot, file)}: province: found ${JSON.stringify(parsed.province)}; expected a two-digit code like "62"`);
  }
  return parsed.province;
}

/** The province chosen by PARITRANA_PROVINCE (or the default), its configuration checked. */
export function provinceBuild(code: string | undefined = process.env[PROVINCE_ENV] || undefined): ProvinceBuild {
  const defaultCode = defaultProvinceCode();
  const chosen = code ?? defaultCode;
  if (!/^\d{2}$/.test(chosen)) {
    throw new ProvinceConfigError(`${PROVINCE_ENV}: found ${JSON.stringify(chosen)}; expected a two-digit Kemendagri province code with a file provinces/<code>.json`);
  }
  const configFile = join(PROVINCES_DIR, `${chosen}.json`);
  const config = parseProvinceConfig(readJson(configFile), relative(repoRoot, configFile));
  if (config.code !== chosen) {
    throw new ProvinceConfigError(`${relative(repoRoot, configFile)}: code: found "${config.code}"; expected "${chosen}", the file's name`);
  }
  const isDefault = chosen === defaultCode;
  const buildRoot = isDefault ? repoRoot : join(repoRoot, '.cache', `province-${chosen}`);
  const publicDir = join(buildRoot, 'public');
  return {
    config,
    isDefault,
    configFile,
    dataDir: resolve(repoRoot, config.dataDir),
    publicDir,
    dataOutDir: join(publicDir, 'data'),
    siteOutDir: join(buildRoot, 'dist'),
  };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ProvinceConfigError(`${relative(repoRoot, file)} not found: each province needs its configuration file in provinces/`);
    }
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProvinceConfigError(`${relative(repoRoot, file)}: not valid JSON (${(error as Error).message})`);
  }
}
