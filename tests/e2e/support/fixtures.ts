import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: this file lives in tests/e2e/support/. */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared article fixtures, beside the project (../shared/fixtures/articles). */
export const fixturesDir = path.resolve(projectRoot, '../shared/fixtures/articles');

/** Absolute path of an article fixture, e.g. `fixturePath('web-page.html')` for setInputFiles. */
export function fixturePath(name: string): string {
  return path.resolve(fixturesDir, name);
}

/** The text of an article fixture (UTF-8). */
export async function readFixture(name: string): Promise<string> {
  return readFile(fixturePath(name), 'utf8');
}
