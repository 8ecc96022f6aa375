// The regions of the province (its row and its regencies) and how to recognise them in incoming
// files. Everything joins on the Kemendagri code ("61.02"); BPS may number the same regencies
// differently (Mempawah is BPS 6104), and names changed (Kabupaten Pontianak became Kabupaten Mempawah
// in 2014), so both are resolved here or refused with a message that names the right code.
import { readDelimited, type TableSchema } from './dsv.ts';
import { RowReader } from './fields.ts';
import { ProblemLog, type Expected, type Problem } from './problems.ts';
import { indexRegions, type Region, type RegionIndex, type RegionType, type FormerName } from './region-index.ts';

export { indexRegions, type FormerName, type Region, type RegionIndex, type RegionType } from './region-index.ts';

export const REGION_TYPES: readonly RegionType[] = ['provinsi', 'kabupaten', 'kota'];

export const REGIONS_SCHEMA: TableSchema = {
  kind: 'a regions file',
  required: ['kemendagri_code', 'bps_code', 'name', 'short_name', 'type'],
  optional: ['former_names'],
};

const KEMENDAGRI_CODE = /^\d{2}(\.\d{2})?$/;

export function parseRegions(text: string, file: string): { index: RegionIndex; problems: Problem[] } {
  const log = new ProblemLog(file);
  const regions: Region[] = [];
  const byCode = new Map<string, Region>();
  const bpsSeen = new Map<string, number>();
  readDelimited(text, REGIONS_SCHEMA, log, (row, table) => {
    const r = new RowReader(row, log, table.decimalComma);
    const code = r.raw('kemendagri_code');
    if (!KEMENDAGRI_CODE.test(code)) r.error('kemendagri_code', code || null, 'a Kemendagri code: two digits for a province ("62"), two pairs for a regency ("61.04")');
    else if (byCode.has(code)) r.error('kemendagri_code', code, 'each code once; this code is already listed');
    // Empty: not yet sourced (a province whose BPS crosswalk the project has not checked).
    const bpsCode = r.raw('bps_code');
    if (bpsCode !== '' && !/^\d{2}(\d{2})?$/.test(bpsCode)) r.error('bps_code', bpsCode, 'a BPS code of 2 or 4 digits ("6104")');
    else if (bpsCode !== '' && bpsSeen.has(bpsCode)) r.error('bps_code', bpsCode, `each BPS code once; line ${bpsSeen.get(bpsCode)} has it already`);
    const name = r.text('name');
    const shortName = r.text('short_name');
    const type = r.oneOf('type', REGION_TYPES);
    const formerNames = parseFormerNames(r);
    if (!r.valid || name === undefined || shortName === undefined || !type || formerNames === undefined) return;
    const region: Region = { code, bpsCode, name, shortName, type, formerNames };
    regions.push(region);
    byCode.set(code, region);
    if (bpsCode !== '') bpsSeen.set(bpsCode, row.line);
  });
  return { index: indexRegions(regions), problems: log.problems };
}

function parseFormerNames(r: RowReader): FormerName[] | undefined {
  const value = r.text('former_names', { required: false });
  if (value === undefined) return undefined;
  if (value === '') return [];
  const names: FormerName[] = [];
  for (const part of value.split(';')) {
    const match = /^(.+?) until (\d{4})$/.exec(part.trim());
    if (!match) return r.error('former_names', part.trim(), 'entries written "Name until YYYY", separated by semicolons');
    names.push({ name: match[1]!, until: Number(match[2]) });
  }
  return names;
}

export type Resolved = { ok: true; region: Region } | { ok: false; expected: Expected };

function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^kab\.?\s+/, 'kabupaten ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names a region goes by, normalised: official, short, former, and former without "Kabupaten". */
function aliases(region: Region): { alias: string; label: string }[] {
  const list = [
    { alias: region.name, label: `${region.name} (${region.code})` },
    { alias: region.shortName, label: `${region.name} (${region.code})` },
  ];
  for (const former of region.formerNames) {
    const label = `${region.name} (${region.code}, named ${former.name} until ${former.until})`;
    list.push({ alias: former.name, label });
    list.push({ alias: former.name.replace(/^(Kabupaten|Kota)\s+/, ''), label });
  }
  return list.map((a) => ({ alias: normaliseName(a.alias), label: a.label }));
}

/**
 * A Kemendagri code, or a name, to the region it names. A 4-digit BPS code, a bare name that fits
 * two regions ("Pontianak"), or a kecamatan code is refused with the code that was probably meant.
 */
export function resolveRegion(index: RegionIndex, value: string): Resolved {
  const text = value.trim();
  const provinceCode = index.province?.code ?? index.regencies[0]?.code.slice(0, 2) ?? '';
  const provinceName = index.province?.shortName ?? 'the province';
  const known = index.regencies.map((r) => r.code);
  const codeList = known.length > 0 ? `${known[0]} to ${known[known.length - 1]}` : 'none loaded';
  if (text === '') return { ok: false, expected: 'a Kemendagri code ("61.04") or the region\'s name' };
  if (text.split(/[;,]/).filter((part) => part.trim() !== '').length > 1) {
    return { ok: false, expected: 'one region a row; this is a list: give each region its own row' };
  }

  if (KEMENDAGRI_CODE.test(text)) {
    const region = index.byCode.get(text);
    if (region) return { ok: true, region };
    if (!text.startsWith(`${provinceCode}.`) && text !== provinceCode) {
      return { ok: false, expected: `a Kemendagri code in ${provinceName} (${provinceCode} or ${provinceCode}.xx); ${text} is outside the province` };
    }
    return { ok: false, expected: `a known Kemendagri code: ${provinceCode} for the province, or a regency (${codeList}); ${text} is not one` };
  }
  if (/^\d{4}$/.test(text)) {
    const region = index.regions.find((r) => r.bpsCode === text);
    if (region) {
      return { ok: false, expected: `the Kemendagri code "${region.code}": ${text} is BPS's code for ${region.name}, and BPS numbers ${provinceName}'s regencies differently` };
    }
    return { ok: false, expected: `a Kemendagri code with a dot ("61.04"); ${text} looks like a BPS code and matches none in ${provinceName}` };
  }
  if (/^\d{2}\.\d{2}\.\d+/.test(text)) {
    return { ok: false, expected: `a regency code (the first two parts, "${text.slice(0, 5)}"); ${text} is a kecamatan or desa code` };
  }
  if (/^\d/.test(text)) {
    return { ok: false, expected: 'a Kemendagri code written with a dot and two-digit parts ("61.04")' };
  }

  const wanted = normaliseName(text);
  const matches = new Map<string, string>();
  for (const region of index.regions) {
    for (const { alias, label } of aliases(region)) {
      if (alias === wanted && !matches.has(region.code)) matches.set(region.code, label);
    }
  }
  if (matches.size === 1) return { ok: true, region: index.byCode.get([...matches.keys()][0]!)! };
  if (matches.size > 1) {
    return { ok: false, expected: `a Kemendagri code: "${text}" may be ${[...matches.values()].join(' or ')}` };
  }
  return { ok: false, expected: `a Kemendagri code ("61.04") or the name of a region of ${provinceName}; "${text}" is neither` };
}
