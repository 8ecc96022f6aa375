// The desa a village winner's code is checked against: those of the boundary build's desa files (one a
// regency, desaTopologyFile). A code that names no desa there would draw nothing on the winner's card,
// so the build and the validate command refuse it, and name the desa the winner's name points to.
import type { Topology } from 'topojson-specification';
import type { Award } from './awards.ts';
import { ProblemLog, w, type Problem } from './problems.ts';
import type { RegionIndex } from './regions.ts';

export interface DesaIndex {
  /** Desa names by Kemendagri code ("61.04.17.2002" -> "Sungai Awan Kiri"). */
  names: ReadonlyMap<string, string>;
  /** Kecamatan names by code ("61.04.17" -> "Matan Hilir Selatan"). */
  kecamatanNames: ReadonlyMap<string, string>;
}

/** The desa and kecamatan of the given desa files, by code. */
export function indexDesa(topologies: Iterable<Topology>): DesaIndex {
  const names = new Map<string, string>();
  const kecamatanNames = new Map<string, string>();
  for (const topology of topologies) {
    for (const [object, into] of [['desa', names], ['kecamatan', kecamatanNames]] as const) {
      const collection = topology.objects[object];
      if (collection?.type !== 'GeometryCollection') continue;
      for (const geometry of collection.geometries) {
        const name = (geometry.properties as { name?: unknown } | undefined)?.name;
        if (typeof geometry.id === 'string' && typeof name === 'string') into.set(geometry.id, name);
      }
    }
  }
  return { names, kecamatanNames };
}

/** A name reduced to compare: any case, "Desa"/"Kelurahan" and punctuation left out. */
const simplified = (name: string) => ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;

/**
 * The desa of the regency whose name the winner's name holds ("Pemerintah Desa Sungai Awan Kiri" holds
 * Sungai Awan Kiri), the longest names first: "Sungai Awan Kiri" rather than a desa called "Awan".
 * Several where desa of one name lie in several kecamatan.
 */
function desaNamed(winnerName: string, regencyCode: string, desa: DesaIndex): { code: string; name: string }[] {
  const winner = simplified(winnerName);
  let found: { code: string; name: string }[] = [];
  let longest = 0;
  for (const [code, name] of desa.names) {
    if (!code.startsWith(`${regencyCode}.`)) continue;
    const wanted = simplified(name);
    if (wanted.trim() === '' || !winner.includes(wanted)) continue;
    if (wanted.length > longest) [found, longest] = [[], wanted.length];
    if (wanted.length === longest) found.push({ code, name });
  }
  return found;
}

/**
 * Each award given by desa code names a desa of the desa files: an unknown code is an error, a code whose
 * desa the winner's name does not name, while it names another desa of the regency, a warning. Both say
 * the code of the desa the name points to. `desa` null: the desa files are not built, and the codes are
 * left unchecked with a warning saying so.
 */
export function checkAwardDesa(awards: readonly Award[], desa: DesaIndex | null, regions: RegionIndex): Problem[] {
  const logs = new Map<string, ProblemLog>();
  const logOf = (file: string) => logs.get(file) ?? logs.set(file, new ProblemLog(file)).get(file)!;
  for (const award of awards) {
    const code = award.desaCode;
    if (code === null) continue;
    const log = logOf(award.file);
    if (desa === null) {
      log.warning(award.line, 'region_code', code, w(
        'kode desa yang diperiksa terhadap batas desa; batas desa belum dibangun (npm run build:data), jadi kode ini belum diperiksa',
        'a desa code checked against the desa boundaries; they are not built yet (npm run build:data), so this code is unchecked',
      ));
      continue;
    }
    const regency = regions.byCode.get(award.regionCode);
    const regencyName = regency ? `${regency.name} (${regency.code})` : award.regionCode;
    const named = desaNamed(award.winnerName, award.regionCode, desa);
    const suggestion = (lead: { id: string; en: string }) => {
      const list = named.map((d) => `${d.code} (${d.name}, kecamatan ${desa.kecamatanNames.get(d.code.slice(0, 8)) ?? d.code.slice(0, 8)})`);
      return named.length === 1
        ? w(`${lead.id}; "${award.winnerName}" adalah desa ${named[0]!.name}: tulis ${list[0]}`, `${lead.en}; "${award.winnerName}" is the desa ${named[0]!.name}: write ${list[0]}`)
        : w(`${lead.id}; ada ${named.length} desa bernama ${named[0]!.name} di ${regencyName}: tulis salah satu dari ${list.join(', ')}`, `${lead.en}; ${regencyName} has ${named.length} desa named ${named[0]!.name}: write one of ${list.join(', ')}`);
    };
    const name = desa.names.get(code);
    if (name === undefined) {
      const lead = w(`kode desa Kemendagri yang ada pada batas desa ${regencyName}; tidak ada desa ${code}`, `the Kemendagri code of a desa in the desa boundaries of ${regencyName}; there is no desa ${code}`);
      log.error(award.line, 'region_code', code, named.length > 0 ? suggestion(lead) : w(
        `${lead.id}. Periksa kode desa pada daftar wilayah Kemendagri (empat bagian, ${award.regionCode}.kk.dddd)`,
        `${lead.en}. Look the desa code up in the Kemendagri list of regions (four parts, ${award.regionCode}.kk.dddd)`,
      ));
    } else if (named.length > 0 && !named.some((d) => d.code === code)) {
      log.warning(award.line, 'region_code', code, suggestion(w(`kode desa pemenang; ${code} adalah desa ${name}`, `the winning desa's code; ${code} is the desa ${name}`)));
    }
  }
  return [...logs.values()].flatMap((log) => log.problems);
}

/**
 * The features of a regency's desa file (desaTopologyFile) that belong to another regency: each an
 * error, since a card would draw that village inside the wrong regency.
 */
export function strayDesa(topology: Topology, regencyCode: string, file: string): Problem[] {
  const log = new ProblemLog(file);
  for (const object of ['desa', 'kecamatan'] as const) {
    const collection = topology.objects[object];
    if (collection?.type !== 'GeometryCollection') continue;
    for (const geometry of collection.geometries) {
      const id = String(geometry.id);
      if (!id.startsWith(`${regencyCode}.`)) {
        log.error(null, `objects.${object}`, id, w(`hanya ${object} ${regencyCode}, yang kodenya diawali ${regencyCode}.`, `only the ${object} of ${regencyCode}, whose codes start with ${regencyCode}.`));
      }
    }
  }
  return log.problems;
}
