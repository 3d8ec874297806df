// `npm start`: installs node modules if needed, builds, and serves the build at
// http://localhost:4173 (the production build, so the service worker and offline mode work).
import { spawn } from 'node:child_process';
import { ensureNodeModules, projectRoot } from './ensure-deps.mjs';
import { banner, runCommand } from './steps.mjs';

ensureNodeModules();

banner('npm start: build');
const built = await runCommand('npm', ['run', 'build']);
if (built !== 0) process.exit(built);

banner('npm start: serving http://localhost:4173 (Ctrl-C to stop)');
const server = spawn('npm', ['run', 'preview'], { cwd: projectRoot, stdio: 'inherit' });
// Ctrl-C reaches the server itself (same process group); a SIGTERM sent to us is passed on.
// Either way we wait for the server to exit and exit with its status.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => server.kill('SIGTERM'));
server.on('error', (error) => {
  console.error(`npm: ${error.message}`);
  process.exit(127);
});
server.on('close', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
