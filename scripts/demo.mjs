// `npm run demo`: installs what is missing, prepares the database and the demo territory,
// builds, and serves the web app and the collab server until Ctrl-C.
import { buildIsStale, bin, ensureDependencies, run, start } from './run.mjs';
import { loadEnv } from './env.mjs';

ensureDependencies();
const env = loadEnv();
env.PORT ||= '3000';
env.COLLAB_PORT ||= '1234';
env.CIVICTWIN_DEMO = '1';

run(bin('tsx'), ['scripts/db-migrate.ts'], { env });
run(bin('tsx'), ['prisma/seed.ts'], { env });
if (buildIsStale()) run(bin('next'), ['build'], { env });

const children = [
  start(bin('tsx'), ['server/web/main.ts'], { env }),
  start(bin('tsx'), ['server/collab/main.ts'], { env }),
];
console.log(`\nCivicTwin demo: http://localhost:${env.PORT}  (collab: ws://localhost:${env.COLLAB_PORT}). Ctrl-C stops both.\n`);

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null))).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
