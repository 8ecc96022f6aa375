// The province a build is for: provided by the Vite plugin in scripts/lib/province/vite-plugin.ts, from
// provinces/<code>.json chosen by PARITRANA_PROVINCE (default: provinces/default.json).
declare module 'virtual:paritrana/province' {
  const province: import('./province.ts').ProvinceInfo;
  export default province;
}
