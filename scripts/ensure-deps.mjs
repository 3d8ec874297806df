// Makes sure what `npm test`, `npm start` and `npm run bench` need is installed.
// Plain Node with no dependencies: it runs before `npm install`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file lives in scripts/). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What real speech in the three engines needs (see /work/shared/REAL-SPEECH.md), and the Debian
 * package that provides each. speech-dispatcher only *recommends* its espeak-ng output module,
 * so with --no-install-recommends that module must be named; chromium only recommends fonts.
 */
/**
 * @typedef {{ what: string, pkg: string, file?: string, command?: string }} Requirement
 * @type {Requirement[]}
 */
const SYSTEM_REQUIREMENTS = [
  { what: 'Chromium', file: '/usr/bin/chromium', pkg: 'chromium' },
  {
    what: 'fonts for Chromium',
    file: '/usr/share/fonts/truetype/liberation',
    pkg: 'fonts-liberation',
  },
  { what: 'speech-dispatcher', command: 'speech-dispatcher', pkg: 'speech-dispatcher' },
  {
    what: "speech-dispatcher's espeak-ng output module",
    file: '/usr/lib/speech-dispatcher-modules/sd_espeak-ng',
    pkg: 'speech-dispatcher-espeak-ng',
  },
  { what: 'espeak-ng', command: 'espeak-ng', pkg: 'espeak-ng' },
  { what: 'PulseAudio', command: 'pulseaudio', pkg: 'pulseaudio' },
  { what: 'pactl', command: 'pactl', pkg: 'pulseaudio-utils' },
  { what: 'parec', command: 'parec', pkg: 'pulseaudio-utils' },
  // The journeys' other two engines (tests/engines/driver/engine-hosts.ts names the same paths).
  { what: 'Firefox ESR', file: '/usr/lib/firefox-esr/firefox-esr', pkg: 'firefox-esr' },
  {
    what: "WebKitGTK's MiniBrowser",
    file: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    pkg: 'libwebkit2gtk-4.1-0',
  },
  { what: 'WebKitWebDriver', command: 'WebKitWebDriver', pkg: 'webkit2gtk-driver' },
  { what: 'Xvfb, the display WebKitGTK runs on', command: 'Xvfb', pkg: 'xvfb' },
];

/**
 * Runs a command with inherited stdio; exits this process with its status if it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function runOrExit(command, args, options = {}) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: projectRoot, ...options });
  if (result.error) {
    console.error(`${command}: ${result.error.message}`);
    process.exit(127);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * @param {string} file
 * @returns {any} the parsed JSON, or undefined if unreadable
 */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Why node_modules does not match package-lock.json, or undefined if it does. npm keeps a copy
 * of what it installed in node_modules/.package-lock.json; contents are compared, not mtimes,
 * because a git checkout sets mtimes arbitrarily.
 */
function nodeModulesProblem() {
  const lock = readJson(path.join(projectRoot, 'package-lock.json'));
  if (!lock?.packages) return 'package-lock.json is missing or unreadable';
  if (!existsSync(path.join(projectRoot, 'node_modules'))) return 'node_modules is missing';
  const installed = readJson(path.join(projectRoot, 'node_modules', '.package-lock.json'));
  if (!installed?.packages) return 'node_modules/.package-lock.json is missing';
  for (const [name, wanted] of Object.entries(lock.packages)) {
    if (name === '') continue; // the project itself
    const have = installed.packages[name];
    // Optional packages for other platforms are in the lock but never installed; nor are
    // entries npm marked extraneous.
    if (!have) {
      if (wanted.optional || wanted.extraneous) continue;
      return `${name} is not installed`;
    }
    if (have.version !== wanted.version || (wanted.link ?? false) !== (have.link ?? false)) {
      return `${name} is ${have.version}, package-lock.json wants ${wanted.version}`;
    }
  }
  for (const name of Object.keys(installed.packages)) {
    if (!(name in lock.packages)) return `${name} is installed but not in package-lock.json`;
  }
  return undefined;
}

/** Runs `npm ci` when node_modules is missing or does not match package-lock.json. */
export function ensureNodeModules() {
  const problem = nodeModulesProblem();
  if (!problem) return;
  console.log(`\n[deps] ${problem}: installing node modules with npm ci`);
  runOrExit('npm', ['ci', '--no-audit', '--no-fund']);
}

/** @param {string} command */
function isExecutableOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/** @param {Requirement} requirement */
function isPresent(requirement) {
  if (requirement.file) return existsSync(requirement.file);
  return requirement.command !== undefined && isExecutableOnPath(requirement.command);
}

/** The requirements that are not installed on this machine. */
export function missingSystemDeps() {
  return SYSTEM_REQUIREMENTS.filter((requirement) => !isPresent(requirement));
}

/**
 * Installs Chromium, Firefox ESR, WebKitGTK (its MiniBrowser and WebDriver, and Xvfb),
 * speech-dispatcher (with its espeak-ng module), espeak-ng and PulseAudio when any is missing: with apt-get on Debian/Ubuntu as root; elsewhere it says what to install
 * and exits non-zero.
 */
export function ensureSystemDeps() {
  const missing = missingSystemDeps();
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((requirement) => requirement.pkg))];
  console.log(`\n[deps] missing: ${missing.map((requirement) => requirement.what).join(', ')}`);

  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isDebian || !isRoot) {
    const install = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
    console.error(
      isDebian
        ? `[deps] Not root, so cannot install them. Run:\n  sudo apt-get update && sudo ${install}`
        : `[deps] Install these (Debian package names; use your system's equivalents):\n  ${packages.join(' ')}\n` +
            '  Chromium must be at /usr/bin/chromium.',
    );
    process.exit(1);
  }

  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  runOrExit('apt-get', ['update'], { env });
  runOrExit('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env });
  const stillMissing = missingSystemDeps();
  if (stillMissing.length > 0) {
    console.error(
      `[deps] still missing after apt-get: ${stillMissing.map((requirement) => requirement.what).join(', ')}`,
    );
    process.exit(1);
  }
}

// `node scripts/ensure-deps.mjs` checks (and installs) both kinds of dependency.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureNodeModules();
  ensureSystemDeps();
  console.log('[deps] all dependencies are present');
}
