// How many bytes the first load costs: the HTML, the entry script, the stylesheets and module
// preloads it names, and every chunk the entry imports statically. Chunks loaded with dynamic
// `import()` are not part of the first load. Run after a build: `npx tsx bench/shell-size.ts`;
// with `--gate` it exits 1 when the first load is over budget (a step of `npm test`).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The first load should stay within this many gzipped bytes (1 KB = 1024 bytes). */
export const SHELL_BUDGET_BYTES = 44 * 1024;

export interface ShellFile {
  /** Path relative to dist/, e.g. `assets/index-Bx1.js`. */
  file: string;
  /** Why the first load fetches it. */
  reason:
    | 'document'
    | 'inline script'
    | 'entry'
    | 'modulepreload'
    | 'stylesheet'
    | 'static import'
    | 'css';
  rawBytes: number;
  gzipBytes: number;
}

export interface ShellSize {
  files: ShellFile[];
  /** The budgeted bytes: the JavaScript and CSS of the first load (not the HTML). */
  totalGzipBytes: number;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** Attribute values of the tags whose attributes pass `accept`. Vite's HTML is regular. */
function tagsWith(html: string, tag: string, accept: (attributes: string) => boolean): string[] {
  const found: string[] = [];
  for (const [, attributes = ''] of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    if (!accept(attributes)) continue;
    const target = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
    if (target) found.push(target);
  }
  return found;
}

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from` specifiers; not `import()`. */
function staticImports(code: string): string[] {
  const pattern = /\b(?:import|export)\s*(?:[^"'();=]*?\bfrom\s*)?["']([^"']+\.(?:m?js|css))["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** A URL from index.html or a chunk, as a path relative to dist/ (undefined if external). */
function toDistPath(url: string, fromFile: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) return undefined;
  const clean = url.split(/[?#]/)[0] ?? '';
  return clean.startsWith('/')
    ? clean.slice(1)
    : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), clean));
}

/** Measures the first-load files of a Vite build in `distDir`, gzipped at level 9. */
export function measureShellSize(distDir: string): ShellSize {
  const indexPath = path.join(distDir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} does not exist: run npm run build`);
  const html = readFileSync(indexPath, 'utf8');
  const reasons = new Map<string, ShellFile['reason']>([['index.html', 'document']]);
  const add = (file: string | undefined, reason: ShellFile['reason']): boolean => {
    if (!file || reasons.has(file) || !existsSync(path.join(distDir, file))) return false;
    reasons.set(file, reason);
    return true;
  };

  const isModuleScript = (attributes: string): boolean =>
    /\btype\s*=\s*["']module["']/i.test(attributes) && /\bsrc\s*=/i.test(attributes);
  const entries = tagsWith(html, 'script', isModuleScript).map((url) =>
    toDistPath(url, 'index.html'),
  );
  for (const entry of entries) add(entry, 'entry');
  for (const [rel, reason] of [
    ['modulepreload', 'modulepreload'],
    ['stylesheet', 'stylesheet'],
  ] as const) {
    const hasRel = (attributes: string): boolean =>
      new RegExp(`\\brel\\s*=\\s*["']${rel}["']`, 'i').test(attributes);
    for (const url of tagsWith(html, 'link', hasRel)) add(toDistPath(url, 'index.html'), reason);
  }

  const manifestPath = path.join(distDir, '.vite', 'manifest.json');
  if (existsSync(manifestPath)) {
    // The manifest lists each chunk's static imports and CSS exactly.
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
      string,
      ManifestChunk
    >;
    const visit = (key: string): void => {
      const chunk = manifest[key];
      if (!chunk) return;
      for (const css of chunk.css ?? []) add(css, 'css');
      for (const imported of chunk.imports ?? []) {
        if (add(manifest[imported]?.file, 'static import')) visit(imported);
      }
    };
    for (const [key, chunk] of Object.entries(manifest)) {
      if (chunk.isEntry && entries.includes(chunk.file)) visit(key);
    }
  } else {
    // Without a manifest, follow the static imports of the entry and of what it imports.
    const queue = [...reasons.keys()].filter((file) => file.endsWith('.js'));
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const code = readFileSync(path.join(distDir, file), 'utf8');
      for (const specifier of staticImports(code)) {
        const target = toDistPath(specifier, file);
        if (
          add(target, target?.endsWith('.css') ? 'css' : 'static import') &&
          target?.endsWith('.js')
        ) {
          queue.push(target);
        }
      }
    }
  }

  const files: ShellFile[] = [...reasons].map(([file, reason]) => {
    const content = readFileSync(path.join(distDir, file));
    return {
      file,
      reason,
      rawBytes: content.length,
      gzipBytes: gzipSync(content, { level: 9 }).length,
    };
  });
  // Scripts written into the HTML are JavaScript of the first load too.
  for (const [, code = ''] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
    files.push({
      file: 'index.html <script>',
      reason: 'inline script',
      rawBytes: Buffer.byteLength(code),
      gzipBytes: gzipSync(code, { level: 9 }).length,
    });
  }
  // The budget is the first load's JS + CSS (the HTML document is printed beside it).
  const budgeted = files.filter(
    ({ file, reason }) => /\.(?:m?js|css)$/.test(file) || reason === 'inline script',
  );
  return { files, totalGzipBytes: budgeted.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;

/** Prints the table and the verdict. */
export function printShellSize({ files, totalGzipBytes }: ShellSize): void {
  const width = Math.max(4, ...files.map(({ file }) => file.length));
  const row = (file: string, reason: string, raw: string, gzip: string): string =>
    `${file.padEnd(width)}  ${reason.padEnd(13)}  ${raw.padStart(10)}  ${gzip.padStart(10)}`;
  console.log(row('file', 'why', 'raw', 'gzip -9'));
  console.log('-'.repeat(width + 39));
  for (const file of files)
    console.log(row(file.file, file.reason, kb(file.rawBytes), kb(file.gzipBytes)));
  console.log('-'.repeat(width + 39));
  const scripts = files.filter(({ reason }) => reason !== 'document');
  const totalRaw = scripts.reduce((sum, file) => sum + file.rawBytes, 0);
  console.log(row('JS + CSS', '', kb(totalRaw), kb(totalGzipBytes)));
  const verdict = totalGzipBytes <= SHELL_BUDGET_BYTES ? 'OK' : 'OVER';
  console.log(
    `\nFirst load: ${kb(totalGzipBytes)} of JS + CSS gzipped; target ≤ ${kb(SHELL_BUDGET_BYTES)}: ${verdict}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const gate = args.includes('--gate');
  const distDir = path.resolve(root, args.find((arg) => !arg.startsWith('--')) ?? 'dist');
  const size = measureShellSize(distDir);
  printShellSize(size);
  if (gate && size.totalGzipBytes > SHELL_BUDGET_BYTES) process.exitCode = 1;
}
