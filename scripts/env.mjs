// The embedded defaults every command starts from: .env.local (with a generated AUTH_SECRET),
// then the environment, which wins.
import crypto from 'node:crypto';
import fs from 'node:fs';

export function loadEnv({ file = '.env.local' } = {}) {
  if (!fs.existsSync(file) || !/^AUTH_SECRET=/m.test(fs.readFileSync(file, 'utf8'))) {
    fs.appendFileSync(file, `AUTH_SECRET=${crypto.randomBytes(32).toString('base64url')}\n`);
    console.log(`created ${file} with a new AUTH_SECRET`);
  }
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/);
    if (match && process.env[match[1]] === undefined) process.env[match[1]] = match[2].replace(/^["']|["']$/g, '');
  }
  process.env.DATABASE_URL ||= 'file:./data/civictwin.db';
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  return process.env;
}
