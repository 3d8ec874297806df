import { spawn } from 'node:child_process';

/** parec's format: 8 kHz mono signed 16-bit, plenty to tell speech from silence. */
const SAMPLE_RATE = 8000;
/** RMS is measured over windows of this many samples (250 ms). */
const WINDOW = SAMPLE_RATE / 4;

/**
 * Records what the test audio sink plays (its monitor), as a person would hear it. Needs the
 * environment of scripts/audio-sink.mjs (XDG_RUNTIME_DIR of the private PulseAudio).
 */
export class SinkRecorder {
  #chunks: Buffer[] = [];
  #bytes = 0;
  #process = spawn(
    'parec',
    [
      '-d',
      'tts.monitor',
      '--format=s16le',
      '--channels=1',
      `--rate=${SAMPLE_RATE}`,
      '--latency-msec=50',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );

  constructor() {
    this.#process.stdout.on('data', (chunk: Buffer) => {
      this.#chunks.push(chunk);
      this.#bytes += chunk.length;
    });
  }

  /** Seconds of sound recorded so far. */
  get seconds(): number {
    return this.#bytes / 2 / SAMPLE_RATE;
  }

  /** Root-mean-square level (0 to 1) of each 250 ms window from `fromSeconds` to `toSeconds`. */
  levels(fromSeconds = 0, toSeconds = this.seconds): number[] {
    const samples = new Int16Array(Buffer.concat(this.#chunks).buffer.slice(0));
    const levels: number[] = [];
    const end = Math.min(samples.length, Math.floor(toSeconds * SAMPLE_RATE));
    for (
      let start = Math.floor(fromSeconds * SAMPLE_RATE);
      start + WINDOW <= end;
      start += WINDOW
    ) {
      let sum = 0;
      for (let i = start; i < start + WINDOW; i++) sum += (samples[i] ?? 0) ** 2;
      levels.push(Math.sqrt(sum / WINDOW) / 32768);
    }
    return levels;
  }

  stop(): void {
    this.#process.kill();
  }
}
