import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** A script the server adds at the top of every page's <head>, as a file of its own. */
export interface InjectedScript {
  /** Where the page loads it from, e.g. "/__journey/hooks.js". */
  path: string;
  source: string;
}

/**
 * Serves a build directory on localhost, as a static host would (unknown paths get
 * index.html), and can switch to another build: a new version "deployed" under a running
 * page, so that its service worker finds an update. It can also add a script to its pages,
 * for browsers whose drivers cannot run one before the page's own (WebKitGTK's WebDriver).
 */
export class StaticServer {
  #root: string;
  #server: Server;
  #inject: InjectedScript | undefined;

  constructor(root: string, { inject }: { inject?: InjectedScript } = {}) {
    this.#root = root;
    this.#inject = inject;
    this.#server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const headers = { 'cache-control': 'no-cache' };
      if (this.#inject && url.pathname === this.#inject.path) {
        response.writeHead(200, { ...headers, 'content-type': 'text/javascript' });
        response.end(this.#inject.source);
        return;
      }
      let file = path.join(this.#root, decodeURIComponent(url.pathname));
      if (!file.startsWith(this.#root) || !existsSync(file) || statSync(file).isDirectory()) {
        file = path.join(this.#root, 'index.html');
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      // As most hosts serve sw.js: the browser checks it for updates on every navigation.
      response.writeHead(200, { ...headers, 'content-type': type });
      if (this.#inject && path.extname(file) === '.html') {
        const tag = `<script src="${this.#inject.path}"></script>`;
        response.end(readFileSync(file, 'utf8').replace('<head>', `<head>${tag}`));
        return;
      }
      createReadStream(file).pipe(response);
    });
  }

  /** Starts listening on localhost, on `port` or else one the system gives; returns it. */
  async listen(port = 0): Promise<number> {
    await new Promise<void>((resolve) => this.#server.listen(port, '127.0.0.1', resolve));
    return (this.#server.address() as AddressInfo).port;
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
