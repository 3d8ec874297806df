// `npm run check`: type-checks each part of the code with the globals of the place it runs
// (see tsconfig.json): every part, even after one fails, so that one run shows every error.
import { spawnSync } from 'node:child_process';

/** Each part: svelte-check where Svelte components are imported, tsc elsewhere. */
const PARTS = [
  { name: 'the page', command: 'svelte-check', config: 'tsconfig.app.json' },
  { name: 'unit tests', command: 'svelte-check', config: 'tsconfig.unit.json' },
  { name: 'service worker', command: 'tsc', config: 'tsconfig.worker.json' },
  { name: 'browser drivers', command: 'tsc', config: 'tsconfig.e2e.json' },
  { name: 'node', command: 'tsc', config: 'tsconfig.node.json' },
];

/** @type {string[]} */
const failed = [];
for (const { name, command, config } of PARTS) {
  const args =
    command === 'tsc' ? ['-p', config] : ['--tsconfig', `./${config}`, '--fail-on-warnings'];
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync('npx', ['--no-install', command, ...args], { stdio: 'inherit' });
  if (status !== 0) failed.push(name);
}
console.log(failed.length ? `\nType errors in: ${failed.join(', ')}` : '\nEvery part type-checks.');
process.exit(failed.length ? 1 : 0);
