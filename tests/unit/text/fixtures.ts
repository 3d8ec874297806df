// Reads the shared article fixtures (read-only, outside the project) for the text tests.
import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../../../../shared/fixtures/articles/', import.meta.url);

/** The text of one fixture article, e.g. fixture('multilingual.txt'). */
export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}
