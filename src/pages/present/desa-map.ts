// A desa winner's own map on its card: its regency's desa boundaries, data/desa/<regency>.topo.json,
// fetched once per regency when a card asks for them, drawn by src/render/desa-map.ts. A regency whose
// file is not deployed keeps the card as it is (name, regency marked on the big map): the show never
// waits for, nor fails on, a boundary file. The loader and the drawing come with the first such card.
import { html, nothing, render, svg } from 'lit';
import type { Topology } from 'topojson-specification';
import type { RegionIndex } from '../../data/index.ts';

let drawing: Promise<[typeof import('../../model/load-desa.ts'), typeof import('../../render/desa-map.ts')]> | null = null;
const drawingCode = () => (drawing ??= Promise.all([import('../../model/load-desa.ts'), import('../../render/desa-map.ts')]));

/** The frame the picture is drawn in; the card scales it to its width. */
const FRAME = { width: 480, height: 320 };

const topologies = new Map<string, Promise<Topology | null>>();

/** The regency's desa topology, checked as every boundary file is (load-desa.ts); null when absent or unusable. */
function desaTopology(base: URL, regency: string, regions: RegionIndex): Promise<Topology | null> {
  let topology = topologies.get(regency);
  if (!topology) {
    topology = drawingCode()
      .then(([{ loadDesaTopology }]) => loadDesaTopology(base, regency, regions))
      .then(({ topology: found }) => found, () => null);
    topologies.set(regency, topology);
  }
  return topology;
}

/** Draws every desa map a card shown under `root` asks for (`.desa-map[data-desa]`) and has not drawn yet. */
export function fillDesaMaps(root: ParentNode, base: URL, regions: RegionIndex): void {
  for (const slot of root.querySelectorAll<HTMLElement>('.desa-map[data-desa]')) {
    const code = slot.dataset.desa!;
    if (slot.dataset.drawn === code) continue;
    slot.dataset.drawn = code;
    slot.hidden = true;
    render(nothing, slot);
    void Promise.all([desaTopology(base, code.slice(0, 5), regions), drawingCode()]).then(([topology, [, { desaMap }]]) => {
      // The card may have moved on while the file came.
      if (slot.dataset.desa !== code) return;
      const picture = topology ? desaMap(topology, code, FRAME) : null;
      slot.hidden = !picture;
      render(
        picture
          ? html`<svg viewBox="0 0 ${picture.width} ${picture.height}" aria-hidden="true">
              ${svg`<path class="desa-ground" d=${picture.regency}></path>
                <path class="desa-outline" d=${picture.outline}></path>
                <path class="desa-kecamatan-borders" d=${picture.kecamatanBorders}></path>
                <path class="desa-own" d=${picture.desa}></path>
                <path class="desa-kecamatan" d=${picture.kecamatan}></path>
                <circle class="desa-ring" cx=${picture.centre[0]} cy=${picture.centre[1]} r="14"></circle>`}
            </svg>`
          : nothing,
        slot,
      );
    });
  }
}
