// The Vite server a browser benchmark reads the app from: the built app (`preview`) or the
// source with the bench pages (`dev`), on a port the system gives, stopped with its process group.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../tests/e2e/support/free-port';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** How long the server may take to answer (it starts in about a second). */
const START_ATTEMPTS = 150;
const ATTEMPT_INTERVAL_MS = 200;

export interface ViteServer {
  /** Its address, ending in '/'. */
  url: string;
  stop(): void;
}

/** Starts `vite preview` or the dev server on a free port and waits until it answers. */
export async function startViteServer(mode: 'preview' | 'dev'): Promise<ViteServer> {
  const port = await freePort();
  const args = mode === 'preview' ? ['vite', 'preview'] : ['vite'];
  const child = spawn('npx', [...args, '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const server = {
    url: `http://localhost:${port}/`,
    stop: () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    },
  };
  for (let attempt = 0; attempt < START_ATTEMPTS; attempt++) {
    try {
      if ((await fetch(server.url)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, ATTEMPT_INTERVAL_MS));
  }
  server.stop();
  throw new Error(`The Vite server did not answer at ${server.url}`);
}
