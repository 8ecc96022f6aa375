// The regions of the province (its row and its regencies) and how to recognise them in incoming
// files. Everything joins on the Kemendagri code ("61.02"); BPS may number the same regencies
// differently (Mempawah is BPS 6104), and names changed (Kabupaten Pontianak became Kabupaten Mempawah
// in 2014), so both are resolved here or refused with a message that names the right code.
import { readDelimited, type TableSchema } from './dsv.ts';
import { RowReader } from './fields.ts';
import { ProblemLog, w, type Expected, type Problem, type Wording } from './problems.ts';
import { indexRegions, type Region, type RegionIndex, type RegionType, type FormerName } from './region-index.ts';

export { indexRegions, regionName, regionShortName, type FormerName, type Region, type RegionIndex, type RegionType } from './region-index.ts';

export const REGION_TYPES: readonly RegionType[] = ['provinsi', 'kabupaten', 'kota'];

export const REGIONS_SCHEMA: TableSchema = {
  kind: w('berkas wilayah', 'a regions file'),
  headerKind: 'regions',
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
    if (!KEMENDAGRI_CODE.test(code)) r.error('kemendagri_code', code || null, w('kode Kemendagri: dua angka untuk provinsi ("62"), dua pasang untuk kabupaten/kota ("61.04")', 'a Kemendagri code: two digits for a province ("62"), two pairs for a regency ("61.04")'));
    else if (byCode.has(code)) r.error('kemendagri_code', code, w('setiap kode sekali; kode ini sudah ada', 'each code once; this code is already listed'));
    // Empty: not yet sourced (a province whose BPS crosswalk the project has not checked).
    const bpsCode = r.raw('bps_code');
    if (bpsCode !== '' && !/^\d{2}(\d{2})?$/.test(bpsCode)) r.error('bps_code', bpsCode, w('kode BPS 2 atau 4 angka ("6104")', 'a BPS code of 2 or 4 digits ("6104")'));
    else if (bpsCode !== '' && bpsSeen.has(bpsCode)) r.error('bps_code', bpsCode, w(`setiap kode BPS sekali; baris ${bpsSeen.get(bpsCode)} sudah memuatnya`, `each BPS code once; line ${bpsSeen.get(bpsCode)} has it already`));
    const name = r.text('name');
    const shortName = r.text('short_name');
    const type = r.oneOf('type', REGION_TYPES, { words: { kab: 'kabupaten', 'kab.': 'kabupaten', kotamadya: 'kota', prov: 'provinsi', provinsi: 'provinsi' } });
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
    if (!match) return r.error('former_names', part.trim(), w('isian yang ditulis "Nama until TTTT", dipisahkan titik koma', 'entries written "Name until YYYY", separated by semicolons'));
    names.push({ name: match[1]!, until: Number(match[2]) });
  }
  return names;
}

export type Resolved = { ok: true; region: Region } | { ok: false; expected: Expected };

/**
 * A name as offices write it, reduced to compare: any case, dots and extra spaces gone, "Kab." and
 * "Kab" written out. "KAB. KETAPANG", "Kab Ketapang" and "Kabupaten  Ketapang" are one name.
 */
function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^kab(upaten)? /, 'kabupaten ')
    .replace(/^kotamadya /, 'kota ')
    .replace(/^prov(insi)? /, 'provinsi ');
}

/**
 * A special region's name as it is usually written: "Daerah Khusus Ibukota Jakarta" (the official
 * name, data/national/provinces.csv) as "DKI Jakarta", "Daerah Istimewa Yogyakarta" as "DI Yogyakarta".
 * Any other name is returned as it is.
 */
export function abbreviatedName(name: string): string {
  return name.replace(/^Daerah Khusus Ibukota /, 'DKI ').replace(/^Daerah Istimewa /, 'DI ');
}

/** Names a region goes by, normalised: official, short (and abbreviated), "Kabupaten"/"Kota" with the short name, former. */
function aliases(region: Region): { alias: string; label: Wording }[] {
  const label = w(`${region.name} (${region.code})`, `${region.name} (${region.code})`);
  const list = [
    { alias: region.name, label },
    { alias: region.shortName, label },
    { alias: abbreviatedName(region.shortName), label },
    { alias: `${region.type} ${region.shortName}`, label },
    { alias: `${region.type} ${abbreviatedName(region.shortName)}`, label },
    // A province by its official name without the word "Provinsi" ("Daerah Khusus Ibukota Jakarta", whose short name is "DKI Jakarta").
    { alias: region.name.replace(/^Provinsi\s+/, ''), label },
  ];
  for (const former of region.formerNames) {
    const formerLabel = w(
      `${region.name} (${region.code}, bernama ${former.name} sampai ${former.until})`,
      `${region.name} (${region.code}, named ${former.name} until ${former.until})`,
    );
    list.push({ alias: former.name, label: formerLabel });
    list.push({ alias: former.name.replace(/^(Kabupaten|Kota)\s+/, ''), label: formerLabel });
  }
  return list.map((a) => ({ alias: normaliseName(a.alias), label: a.label }));
}

/**
 * A Kemendagri code, or a name in any usual form, to the region it names. A 4-digit BPS code, a
 * bare name that fits two regions ("Pontianak": both are named, never one guessed), a code with a
 * decimal comma ("61,04") or a kecamatan code is refused with the code that was probably meant.
 */
export function resolveRegion(index: RegionIndex, value: string): Resolved {
  const text = value.trim();
  const provinceCode = index.province?.code ?? index.regencies[0]?.code.slice(0, 2) ?? '';
  const provinceName = index.province?.shortName ?? null;
  const inProvince = w(provinceName ?? 'provinsi ini', provinceName ?? 'the province');
  const known = index.regencies.map((r) => r.code);
  const codeList = known.length > 0 ? `${known[0]} – ${known[known.length - 1]}` : null;
  const codes = w(codeList?.replace(' – ', ' sampai ') ?? 'belum ada yang dimuat', codeList?.replace(' – ', ' to ') ?? 'none loaded');
  if (text === '') return { ok: false, expected: w('kode Kemendagri ("61.04") atau nama wilayahnya', 'a Kemendagri code ("61.04") or the region\'s name') };
  // A semicolon export writes the number 61.04 with its decimal comma: one code, not a list of two.
  if (/^\d{2},\d{1,2}$/.test(text)) {
    const [province, regency] = text.split(',') as [string, string];
    const meant = `${province}.${regency.padEnd(2, '0')}`;
    return { ok: false, expected: w(`kode Kemendagri dengan titik: mungkin maksudnya ${meant}`, `a Kemendagri code written with a dot: did you mean ${meant}?`) };
  }
  if (text.split(/[;,]/).filter((part) => part.trim() !== '').length > 1) {
    return { ok: false, expected: w('satu wilayah per baris; ini daftar: beri setiap wilayah barisnya sendiri', 'one region a row; this is a list: give each region its own row') };
  }

  if (KEMENDAGRI_CODE.test(text)) {
    const region = index.byCode.get(text);
    if (region) return { ok: true, region };
    if (!text.startsWith(`${provinceCode}.`) && text !== provinceCode) {
      return {
        ok: false,
        expected: w(
          `kode Kemendagri di ${inProvince.id} (${provinceCode} atau ${provinceCode}.xx); ${text} berada di luar provinsi`,
          `a Kemendagri code in ${inProvince.en} (${provinceCode} or ${provinceCode}.xx); ${text} is outside the province`,
        ),
      };
    }
    return {
      ok: false,
      expected: w(
        `kode Kemendagri yang dikenal: ${provinceCode} untuk provinsi, atau kabupaten/kota (${codes.id}); ${text} bukan salah satunya`,
        `a known Kemendagri code: ${provinceCode} for the province, or a regency (${codes.en}); ${text} is not one`,
      ),
    };
  }
  if (/^\d{4}$/.test(text)) {
    const region = index.regions.find((r) => r.bpsCode === text);
    if (region) {
      return {
        ok: false,
        expected: w(
          `kode Kemendagri "${region.code}": ${text} adalah kode BPS untuk ${region.name}, dan BPS menomori kabupaten/kota ${inProvince.id} secara berbeda`,
          `the Kemendagri code "${region.code}": ${text} is BPS's code for ${region.name}, and BPS numbers ${inProvince.en}'s regencies differently`,
        ),
      };
    }
    return {
      ok: false,
      expected: w(
        `kode Kemendagri bertitik ("61.04"); ${text} tampak seperti kode BPS dan tidak cocok dengan wilayah mana pun di ${inProvince.id}`,
        `a Kemendagri code with a dot ("61.04"); ${text} looks like a BPS code and matches none in ${inProvince.en}`,
      ),
    };
  }
  if (/^\d{2}\.\d{2}\.\d+/.test(text)) {
    return {
      ok: false,
      expected: w(
        `kode kabupaten/kota (dua bagian pertama, "${text.slice(0, 5)}"); ${text} adalah kode kecamatan atau desa`,
        `a regency code (the first two parts, "${text.slice(0, 5)}"); ${text} is a kecamatan or desa code`,
      ),
    };
  }
  if (/^\d/.test(text)) {
    return { ok: false, expected: w('kode Kemendagri yang ditulis dengan titik dan bagian dua angka ("61.04")', 'a Kemendagri code written with a dot and two-digit parts ("61.04")') };
  }

  const wanted = normaliseName(text);
  const matches = new Map<string, Wording>();
  for (const region of index.regions) {
    for (const { alias, label } of aliases(region)) {
      if (alias === wanted && !matches.has(region.code)) matches.set(region.code, label);
    }
  }
  if (matches.size === 1) return { ok: true, region: index.byCode.get([...matches.keys()][0]!)! };
  if (matches.size > 1) {
    const labels = [...matches.values()];
    return {
      ok: false,
      expected: w(
        `kode Kemendagri: "${text}" dapat berarti ${labels.map((l) => l.id).join(' atau ')}`,
        `a Kemendagri code: "${text}" may be ${labels.map((l) => l.en).join(' or ')}`,
      ),
    };
  }
  return {
    ok: false,
    expected: w(
      `kode Kemendagri ("61.04") atau nama wilayah di ${inProvince.id}; "${text}" bukan keduanya`,
      `a Kemendagri code ("61.04") or the name of a region of ${inProvince.en}; "${text}" is neither`,
    ),
  };
}
