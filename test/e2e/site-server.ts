// The presenter's laptop server (scripts/offline/serve.mjs) started on a folder laid out as the offline
// package lays it out (serve.mjs and its policy beside site/), on a free port of 127.0.0.1.
import { spawn } from 'node:child_process';

export interface SiteServer {
  /** "http://127.0.0.1:PORT/" */
  url: string;
  stop(): void;
}

/** Starts serve.mjs in `folder` (PORT=0: any free port) and reads its address from what it prints. */
export function startSiteServer(folder: string): Promise<SiteServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['serve.mjs'], { cwd: folder, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) resolve({ url: match[0], stop: () => child.kill() });
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${output}`)));
  });
}
