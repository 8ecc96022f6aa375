import type { Topology } from 'topojson-specification';
import type { Dataset } from '../../data/index.ts';

/** What the map draws: the app passes what src/model/load.ts loaded. */
export interface MapData {
  dataset: Dataset;
  regencyTopology: Topology | null;
  contextTopology: Topology | null;
}
