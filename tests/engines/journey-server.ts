import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { StaticServer } from '../e2e/support/static-server';
import { PAGE_HOOKS_SCRIPT } from './driver/page-hooks';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The build `npm test` made before the browser tests. */
export const distDir = path.join(projectRoot, 'dist');

/** Where the journey server puts the page hooks, loaded before the app's own scripts. */
const HOOKS_PATH = '/__journey/hooks.js';

/** A server of the built app that puts the journey hooks in its pages; on a free port. */
export async function startJourneyServer(): Promise<{ server: StaticServer; origin: string }> {
  const server = new StaticServer(distDir, {
    inject: { path: HOOKS_PATH, source: PAGE_HOOKS_SCRIPT },
  });
  const port = await server.listen();
  return { server, origin: `http://localhost:${port}` };
}
