// A private PulseAudio null sink for real speech in headless Chromium.
//
// Chromium (with --enable-speech-dispatcher) talks to speech-dispatcher through libspeechd,
// which spawns speech-dispatcher on demand; speech-dispatcher plays through PulseAudio. Without
// a sink, `start` fires but `end` never does (see /work/shared/REAL-SPEECH.md). Everything lives
// under a fresh XDG_RUNTIME_DIR, so the daemons we start are found, and stopped, by that
// directory alone. A speech-dispatcher left running in a broken state would poison later runs,
// so stop() kills it too.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';

/** Name of the null sink; record it with `parec -d tts.monitor`. */
export const SINK_NAME = 'tts';

/** How long PulseAudio may take to answer `pactl info` after starting. */
const READY_TIMEOUT_MS = 15_000;
const POLL_MS = 100;
/** How long a daemon gets to exit after SIGTERM before it is killed with SIGKILL. */
const TERM_GRACE_MS = 3_000;

/** Process names that may run under our runtime dir and must not outlive it. */
const OWN_DAEMONS = /^(pulseaudio|speech-dispatch.*|sd_[\w-]+)$/;

/** @param {number} ms */
/** @type {NodeJS.Signals[]} */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a command and resolves with { code, stdout, stderr }; never rejects.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function run(command, args, env) {
  return new Promise((resolve) => {
    execFile(command, args, { env, timeout: 10_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * PIDs of pulseaudio / speech-dispatcher / its modules whose environment names `runtimeDir`.
 * @param {string} runtimeDir
 * @returns {number[]}
 */
function daemonsUnder(runtimeDir) {
  const needle = `XDG_RUNTIME_DIR=${runtimeDir}`;
  /** @type {number[]} */
  const pids = [];
  /** @type {string[]} */
  let entries = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return pids; // no procfs (not Linux): rely on the pidfiles
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (!OWN_DAEMONS.test(comm)) continue;
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (environ.includes(needle)) pids.push(Number(entry));
    } catch {
      // the process exited meanwhile, or is not ours to read
    }
  }
  return pids;
}

/**
 * PIDs named in the pidfiles PulseAudio and speech-dispatcher keep under `runtimeDir`.
 * @param {string} runtimeDir
 * @returns {number[]}
 */
function pidfilePids(runtimeDir) {
  const files = [
    path.join(runtimeDir, 'pulse', 'pid'),
    path.join(runtimeDir, 'speech-dispatcher', 'pid', 'speech-dispatcher.pid'),
  ];
  /** @type {number[]} */
  const pids = [];
  for (const file of files) {
    try {
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 1) pids.push(pid);
    } catch {
      // no such daemon was started
    }
  }
  return pids;
}

/** @param {number[]} pids */
async function terminate(pids) {
  const living = [...new Set(pids)].filter(isAlive);
  for (const pid of living) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + TERM_GRACE_MS;
  while (living.some(isAlive) && Date.now() < deadline) await sleep(POLL_MS);
  for (const pid of living.filter(isAlive)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * Starts PulseAudio with a null sink under a fresh XDG_RUNTIME_DIR.
 * Resolves to `{ env, runtimeDir, stop }`: `env` is this process's environment pointed at the
 * sink; run Playwright (and so Chromium) with it.
 * `stop()` kills PulseAudio and any speech-dispatcher spawned under it, then removes the dir.
 * stop() also runs if starting fails, at exit (best effort: SIGTERM only), and on SIGINT,
 * SIGTERM and SIGHUP, after which the process exits, unless `handleSignals` is false because
 * the caller stops its children first and then calls stop() itself (see scripts/steps.mjs).
 * @param {{ handleSignals?: boolean }} [options]
 * @returns {Promise<{ env: NodeJS.ProcessEnv, runtimeDir: string, stop: () => Promise<void> }>}
 */
export async function startAudioSink({ handleSignals = true } = {}) {
  const runtimeDir = mkdtempSync(path.join(tmpdir(), 'aloud-audio-'));
  // PulseAudio writes its cookie and state under HOME; keep them in our dir, not the user's.
  const daemonHome = path.join(runtimeDir, 'home');
  mkdirSync(daemonHome, { recursive: true, mode: 0o700 });

  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, XDG_RUNTIME_DIR: runtimeDir };
  // An inherited server address would send audio elsewhere; clients must find our socket.
  delete env.PULSE_SERVER;
  delete env.PULSE_SINK;
  const daemonEnv = { ...env, HOME: daemonHome };

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stopAtExit);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    await terminate([...pidfilePids(runtimeDir), ...daemonsUnder(runtimeDir)]);
    // speech-dispatcher may have been spawned while we were killing PulseAudio.
    await terminate(daemonsUnder(runtimeDir));
    rmSync(runtimeDir, { recursive: true, force: true });
  };
  /** @param {NodeJS.Signals} signal */
  const onSignal = (signal) => {
    void stop().finally(() => process.exit(128 + (constants.signals[signal] ?? 0)));
  };
  // Last resort if the process exits without stop(): signal the daemons, remove the dir.
  const stopAtExit = () => {
    for (const pid of [...pidfilePids(runtimeDir), ...daemonsUnder(runtimeDir)]) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(runtimeDir, { recursive: true, force: true });
  };
  process.on('exit', stopAtExit);
  if (handleSignals) for (const signal of SIGNALS) process.on(signal, onSignal);

  try {
    const args = [
      '-D',
      '--exit-idle-time=-1',
      '-n',
      '--system=false',
      '--disallow-exit',
      `--load=module-null-sink sink_name=${SINK_NAME}`,
      '--load=module-native-protocol-unix',
    ];
    const daemon = await new Promise((resolve) => {
      const child = spawn('pulseaudio', args, {
        env: daemonEnv,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', (error) => resolve({ code: 127, stderr: String(error) }));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    if (daemon.code !== 0) {
      throw new Error(`pulseaudio failed to start (exit ${daemon.code}):\n${daemon.stderr}`);
    }

    const deadline = Date.now() + READY_TIMEOUT_MS;
    let info = await run('pactl', ['info'], env);
    while (info.code !== 0 && Date.now() < deadline) {
      await sleep(POLL_MS);
      info = await run('pactl', ['info'], env);
    }
    if (info.code !== 0) {
      throw new Error(
        `pulseaudio did not answer 'pactl info' in ${READY_TIMEOUT_MS} ms:\n${info.stderr}`,
      );
    }
    // Make the null sink the default even if PulseAudio loaded others from a user config.
    await run('pactl', ['set-default-sink', SINK_NAME], env);
    return { env, runtimeDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
