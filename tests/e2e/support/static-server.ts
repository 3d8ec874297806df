import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
};

/**
 * Serves a build directory on localhost, as a static host would (unknown paths get
 * index.html), and can switch to another build: a new version "deployed" under a running
 * page, so that its service worker finds an update.
 */
export class StaticServer {
  #root: string;
  #server: Server;

  constructor(root: string) {
    this.#root = root;
    this.#server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let file = path.join(this.#root, decodeURIComponent(url.pathname));
      if (!file.startsWith(this.#root) || !existsSync(file) || statSync(file).isDirectory()) {
        file = path.join(this.#root, 'index.html');
      }
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        // As most hosts serve sw.js: the browser checks it for updates on every navigation.
        'cache-control': 'no-cache',
      });
      createReadStream(file).pipe(response);
    });
  }

  /** Starts listening on `port` (localhost only). */
  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(port, '127.0.0.1', resolve));
  }

  /** From now on, serves another build. */
  deploy(root: string): void {
    this.#root = root;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
