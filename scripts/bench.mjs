// `npm run bench`: builds, then runs the benchmarks in bench/. Reading pace speaks for real,
// through a private PulseAudio null sink. Benchmarks not written yet are skipped.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startAudioSink } from './audio-sink.mjs';
import { ensureNodeModules, ensureSystemDeps, projectRoot } from './ensure-deps.mjs';
import { StepRunner } from './steps.mjs';

ensureNodeModules();
ensureSystemDeps();

const run = new StepRunner('npm run bench');
/** @param {string} file */
const exists = (file) => existsSync(path.join(projectRoot, file));
/**
 * Runs a bench/ script with tsx if it exists.
 * @param {string} file
 * @param {NodeJS.ProcessEnv} [env]
 */
const bench = async (file, env) => {
  if (!exists(file)) {
    console.log(`\n(${file} does not exist yet: skipped)`);
    return;
  }
  await run.step(file, 'npx', ['tsx', file], env);
};

await run.step('build', 'npm', ['run', 'build']);
await bench('bench/segmentation.ts');
await bench('bench/shell-size.ts');

if (!run.failed && exists('bench/reading-pace.ts')) {
  let sink;
  try {
    sink = await startAudioSink({ handleSignals: false });
  } catch (error) {
    run.fail('audio sink', error);
  }
  if (sink) {
    try {
      await bench('bench/reading-pace.ts', sink.env);
    } finally {
      await sink.stop();
    }
  }
} else if (!run.failed) {
  await bench('bench/reading-pace.ts');
}

run.summary();
process.exit(run.exitCode);
