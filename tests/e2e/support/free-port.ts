import { createServer } from 'node:net';

/**
 * A port nobody listens on now, asked of the system: for a server that must be told its port
 * (Vite, WebKitWebDriver). A fixed port collides with another run on the same machine.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
