import type { Topology } from 'topojson-specification';
import type { Dataset, ProvinceInfo } from '../../data/index.ts';

/** What the map draws: the app passes what src/model/load.ts loaded. */
export interface MapData {
  dataset: Dataset;
  regencyTopology: Topology | null;
  contextTopology: Topology | null;
  /**
   * Which province it is (data/province.json): the name in the map's title, the box the camera keeps
   * to and the names of the land and sea around. Without it the map frames the regencies alone and
   * takes the name from the regions table.
   */
  province?: ProvinceInfo | null;
}
