// The province this site was built for, fixed at build time (PARITRANA_PROVINCE, see provinces/), so
// the first HTML, the page title and every word naming the province agree before any data arrives.
// index.ts does not export it: Node scripts use the data library for any province, without Vite.
import province from 'virtual:paritrana/province';
import type { ProvinceInfo } from './province.ts';

export const PROVINCE: ProvinceInfo = province;
