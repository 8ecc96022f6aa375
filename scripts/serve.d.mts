export const GZIP_LEVEL: number;
export function start(root: string, options?: { port?: number; host?: string }): Promise<{ url: string; close: () => Promise<void> }>;
