// The CSV parser and validator, and the topology checks: what a page needs only for files it must
// check itself (a partner's own CSV, a site deployed without dataset.json, the boundaries). Its own
// module, so load.ts can import it on demand and a page of tables alone never loads it.
export { parseDataset, parseTopology, TOPOLOGY_CHECKS } from '../data/index.ts';
