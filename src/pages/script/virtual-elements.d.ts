// The autoloader's table, written at build time from src/elements/elements.json by the Vite plugin in
// scripts/lib/elements/vite-plugin.ts.
declare module 'virtual:paritrana/elements' {
  /** Tag -> the import of the module that defines it. */
  const elements: Readonly<Record<string, () => Promise<unknown>>>;
  export default elements;
}
