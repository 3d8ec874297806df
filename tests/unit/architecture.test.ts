// The house rules of README's "How the code is laid out", checked on the source itself: a
// change that breaks one fails here with the file that broke it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../src/lib/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(?:ts|svelte)$/.test(name) ? [file] : [];
  });
}

const files = sourceFiles(LIB).map((file) => ({
  name: path.relative(LIB, file).split(path.sep).join('/'),
  code: readFileSync(file, 'utf8'),
}));

/** The folder under src/lib a module is in ("text" for text/sentences/segment.ts). */
const folderOf = (name: string): string => name.split('/')[0] ?? '';

/** The components: Svelte files, not the `.svelte.ts` modules of state beside them. */
const components = new Set(
  files.map(({ name }) => name).filter((name) => name.endsWith('.svelte')),
);

/** Every module a file imports from src/lib, statically or not, as names like `app/route.ts`. */
function importsOf({ name, code }: { name: string; code: string }): string[] {
  const found: string[] = [];
  for (const [, specifier = ''] of code.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(name), specifier));
    if (!target.startsWith('..')) found.push(target);
  }
  return found;
}

describe('the layout of src/lib', () => {
  it('has about eight folders, each a noun', () => {
    const folders = [...new Set(files.map(({ name }) => folderOf(name)))].sort();
    expect(folders).toEqual([
      'app',
      'components',
      'import',
      'library',
      'platform',
      'settings',
      'speech',
      'text',
    ]);
  });

  it('has no cycle between folders: arrows go one way', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of files) {
      for (const target of importsOf(file)) {
        const [from, to] = [folderOf(file.name), folderOf(target)];
        if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const cycles: string[] = [];
    const visit = (folder: string, trail: string[]): void => {
      if (trail.includes(folder)) {
        cycles.push([...trail.slice(trail.indexOf(folder)), folder].join(' → '));
        return;
      }
      for (const next of edges.get(folder) ?? []) visit(next, [...trail, folder]);
    };
    for (const folder of edges.keys()) visit(folder, []);
    expect(cycles).toEqual([]);
  });

  it('keeps text/ pure: it imports nothing from the rest of Aloud, nor the DOM or Svelte', () => {
    const reaching = files
      .filter(({ name }) => folderOf(name) === 'text')
      .filter(
        (file) =>
          importsOf(file).some((target) => folderOf(target) !== 'text') ||
          /from 'svelte'|\bdocument\.|\bwindow\./.test(file.code),
      )
      .map(({ name }) => name);
    expect(reaching).toEqual([]);
  });

  it('has no lib module that imports a component: components are rendered by components', () => {
    const mounting = files
      .filter(({ name }) => folderOf(name) !== 'components')
      .filter((file) => importsOf(file).some((target) => components.has(target)))
      .map(({ name }) => name);
    expect(mounting).toEqual([]);
  });

  it.each([
    [
      'speechSynthesis',
      /\bspeechSynthesis\s*[.?]|new SpeechSynthesisUtterance/,
      ['speech/web-speech.ts'],
    ],
    ['IndexedDB', /\bopenDB\s*[<(]|indexedDB\.open\(/, ['library/db.ts']],
    ['the Media Session', /navigator\.mediaSession/, ['platform/media-session.svelte.ts']],
    ['the address', /history\.(?:push|replace)State/, ['app/router.svelte.ts']],
  ])('lets one module only touch %s', (_api, use, owners) => {
    const touching = files.filter(({ code }) => use.test(code)).map(({ name }) => name);
    expect(touching).toEqual(owners);
  });
});
