// Runs the commands of scripts/test.mjs and scripts/bench.mjs: one banner per step, stop at the
// first failure, a summary line at the end. Plain Node: it runs before `npm install`.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { startAudioSink } from './audio-sink.mjs';
import { projectRoot } from './ensure-deps.mjs';

/** How long a step gets to shut down after an interrupt before its processes are killed. */
const SHUTDOWN_GRACE_MS = 15_000;

/** @type {import('node:child_process').ChildProcess | undefined} */
let current;
/** @type {NodeJS.Signals | undefined} */
let interruptedBy;

/**
 * Each command runs in its own process group, so that a signal reaches all of it (npx, the
 * Playwright runner, its web server, the browser). It gets SIGINT whatever we received: SIGINT
 * is what makes Playwright stop its web server and browser; on SIGTERM it dies and leaves them.
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

/** @param {NodeJS.Signals} signal */
function onSignal(signal) {
  if (interruptedBy) {
    // A second Ctrl-C: stop waiting.
    if (current) signalGroup(current, 'SIGKILL');
    return;
  }
  interruptedBy = signal;
  console.error(`\n[${signal}] stopping…`);
  if (!current) return;
  const child = current;
  signalGroup(child, 'SIGINT');
  setTimeout(() => signalGroup(child, 'SIGKILL'), SHUTDOWN_GRACE_MS).unref();
}

let trapped = false;
/**
 * From now on SIGINT, SIGTERM and SIGHUP do not kill this process: the running command is
 * stopped, later commands are skipped (see `interrupted()`), and cleanup code gets to run.
 */
export function trapSignals() {
  if (trapped) return;
  trapped = true;
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, onSignal);
  }
}

/** The signal that interrupted this run, if one did. */
export function interrupted() {
  return interruptedBy;
}

/**
 * The exit status a shell reports for a process killed by `signal` (130 for SIGINT).
 * @param {NodeJS.Signals} signal
 */
export function signalExitCode(signal) {
  return 128 + (constants.signals[signal] ?? 0);
}

/**
 * Formats milliseconds as "4.2s" or "1m05s".
 * @param {number} ms
 */
export function formatDuration(ms) {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
}

/**
 * Prints a banner that stands out in a CI log.
 * @param {string} title
 */
export function banner(title) {
  const line = '='.repeat(Math.max(60, title.length + 8));
  console.log(`\n${line}\n=== ${title}\n${line}`);
}

/**
 * Runs a command in the project root, in its own process group, with stdout and stderr
 * inherited (stdin is not: a background process group must not read the terminal).
 * Resolves to its exit code. Call trapSignals() first so that Ctrl-C reaches it.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<number>}
 */
export function runCommand(command, args, env = process.env) {
  if (interruptedBy) return Promise.resolve(signalExitCode(interruptedBy));
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    current = child;
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      current = undefined;
      resolve(127);
    });
    child.on('close', (code, signal) => {
      current = undefined;
      resolve(code ?? signalExitCode(signal ?? 'SIGTERM'));
    });
  });
}

/**
 * Keeps the results of named steps. `step()` resolves to true when the step passed; after a
 * failure or an interrupt every later step is skipped, and `exitCode` says why.
 */
export class StepRunner {
  /** @type {string} */
  #name;
  #started = Date.now();
  /** @type {string[]} */
  #passed = [];
  /** @type {string | undefined} */
  #failed;
  exitCode = 0;

  /** @param {string} name */
  constructor(name) {
    this.#name = name;
    trapSignals();
  }

  /** True once a step failed or the run was interrupted: later steps are skipped. */
  get failed() {
    return this.#failed !== undefined || interruptedBy !== undefined;
  }

  /**
   * Runs `command args` as the step `title`, unless an earlier step failed.
   * @param {string} title
   * @param {string} command
   * @param {string[]} args
   * @param {NodeJS.ProcessEnv} [env]
   */
  async step(title, command, args, env) {
    if (this.failed) return false;
    banner(`${this.#name}: ${title}`);
    const started = Date.now();
    const code = await runCommand(command, args, env);
    const took = formatDuration(Date.now() - started);
    if (code === 0 && !interruptedBy) {
      this.#passed.push(title);
      console.log(`--- ${title}: passed in ${took}`);
      return true;
    }
    this.#failed = title;
    this.exitCode = interruptedBy ? signalExitCode(interruptedBy) : code;
    console.log(
      `--- ${title}: ${interruptedBy ? 'INTERRUPTED' : 'FAILED'} (exit ${code}) after ${took}`,
    );
    return false;
  }

  /**
   * Marks a step that could not run at all (e.g. the audio sink failed to start).
   * @param {string} title
   * @param {unknown} error
   * @param {number} [code]
   */
  fail(title, error, code = 1) {
    this.#failed = title;
    this.exitCode = code;
    console.error(
      `--- ${title}: FAILED: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  /**
   * Runs `steps` with a private audio sink (real speech needs one; see audio-sink.mjs), unless
   * an earlier step failed. The sink is stopped afterwards, whatever happens.
   * @param {(env: NodeJS.ProcessEnv) => Promise<unknown>} steps
   */
  async withAudioSink(steps) {
    if (this.failed) return;
    let sink;
    try {
      sink = await startAudioSink({ handleSignals: false });
    } catch (error) {
      this.fail('audio sink', error);
      return;
    }
    try {
      await steps(sink.env);
    } finally {
      await sink.stop();
    }
  }

  /** Prints the final summary line. */
  summary() {
    if (interruptedBy && this.exitCode === 0) this.exitCode = signalExitCode(interruptedBy);
    const took = formatDuration(Date.now() - this.#started);
    const passed = `${this.#passed.length} step${this.#passed.length === 1 ? '' : 's'} passed`;
    let line = `${this.#name}: all ${passed} (${this.#passed.join(', ')}) in ${took}`;
    if (interruptedBy) {
      line = `${this.#name}: INTERRUPTED by ${interruptedBy}${this.#failed ? ` during "${this.#failed}"` : ''}; ${passed}; ${took}`;
    } else if (this.#failed) {
      line = `${this.#name}: FAILED at "${this.#failed}" (exit ${this.exitCode}); ${passed} before it; ${took}`;
    }
    console.log(`\n${line}`);
  }
}
