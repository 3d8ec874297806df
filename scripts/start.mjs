// `npm start`: installs node modules if needed, builds, and serves the build at
// http://localhost:4173 (the production build, so the service worker and offline mode work).
import { ensureNodeModules } from './ensure-deps.mjs';
import { banner, interrupted, runCommand, trapSignals } from './steps.mjs';

ensureNodeModules();
// Ctrl-C or SIGTERM stops the server's whole process group: npm alone would leave vite running.
trapSignals();

banner('npm start: build');
const built = await runCommand('npm', ['run', 'build']);
if (built !== 0 || interrupted()) process.exit(built || 1);

banner('npm start: serving http://localhost:4173 (Ctrl-C to stop)');
const served = await runCommand('npm', ['run', 'preview']);
// Stopped on request: that is a normal end for a server.
process.exit(interrupted() ? 0 : served);
