// Runs one command with a private audio sink, for a manual run of what needs real speech:
//   node scripts/with-audio-sink.mjs -- npx playwright test tests/e2e/reader.e2e.ts
import { startAudioSink } from './audio-sink.mjs';
import { interrupted, runCommand, signalExitCode, trapSignals } from './steps.mjs';

const separator = process.argv.indexOf('--');
const [program, ...programArgs] = separator === -1 ? [] : process.argv.slice(separator + 1);
if (!program) {
  console.error('usage: node scripts/with-audio-sink.mjs -- <command> [args...]');
  process.exit(2);
}
trapSignals();
const sink = await startAudioSink({ handleSignals: false });
let code = 1;
try {
  code = await runCommand(program, programArgs, sink.env);
} finally {
  await sink.stop();
}
const signal = interrupted();
process.exit(signal ? signalExitCode(signal) : code);
