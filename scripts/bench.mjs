// `npm run bench`: builds, then runs the benchmarks in bench/, each printing its figures beside
// a baseline measured in the same run. Reading pace speaks for real, through a private
// PulseAudio null sink.
import { ensureNodeModules, ensureSystemDeps } from './ensure-deps.mjs';
import { StepRunner } from './steps.mjs';

ensureNodeModules();
ensureSystemDeps();

const run = new StepRunner('npm run bench');
/**
 * Runs one bench/ script with tsx.
 * @param {string} file
 * @param {NodeJS.ProcessEnv} [env]
 */
const bench = (file, env) => run.step(file, 'npx', ['tsx', file], env);

await run.step('build', 'npm', ['run', 'build']);
await bench('bench/segmentation.ts', { ...process.env, NODE_OPTIONS: '--expose-gc' });
// Collections are run between timings, so that one input is not billed for the other's garbage.
await bench('bench/linear-text.ts', { ...process.env, NODE_OPTIONS: '--expose-gc' });
await bench('bench/shell-size.ts');
await bench('bench/library.ts');
await bench('bench/library-file.ts');
await bench('bench/html-import.ts');
await run.withAudioSink(async (env) => {
  await bench('bench/reading-pace.ts', env);
  await bench('bench/battery.ts', env);
});

run.summary();
process.exit(run.exitCode);
