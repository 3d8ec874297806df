// `npm test`: installs what is missing, then runs every check CI runs, in order, stopping at the
// first failure. The end-to-end tests speak for real, through a private PulseAudio null sink.
import { ensureNodeModules, ensureSystemDeps } from './ensure-deps.mjs';
import { StepRunner } from './steps.mjs';

ensureNodeModules();
ensureSystemDeps();

const run = new StepRunner('npm test');
await run.step('type check', 'npm', ['run', 'check']);
await run.step('lint', 'npm', ['run', 'lint']);
await run.step('format', 'npm', ['run', 'format:check']);
await run.step('unit tests', 'npm', ['run', 'test:unit']);
await run.step('build', 'npm', ['run', 'build']);
// The first load (JS + CSS gzipped) stays within 44 KB: what a first Play does not need loads
// on demand.
await run.step('first-load budget', 'npx', ['tsx', 'bench/shell-size.ts', '--gate']);

await run.withAudioSink((env) =>
  run.step('end-to-end tests (real speech)', 'npx', ['playwright', 'test'], env),
);

run.summary();
process.exit(run.exitCode);
