// mapshaper ships no type declarations. This covers the one call the boundary build makes.
declare module 'mapshaper' {
  /** File contents by file name: strings or Buffers for -i and -join, in place of the file system. */
  type MapshaperInput = Record<string, string | Buffer>;

  interface Mapshaper {
    /**
     * Runs mapshaper commands against in-memory inputs and resolves to the content of every -o output,
     * by file name, instead of writing files.
     */
    applyCommands(commands: string, input?: MapshaperInput): Promise<Record<string, string | Buffer>>;
  }

  const mapshaper: Mapshaper;
  export default mapshaper;
}
