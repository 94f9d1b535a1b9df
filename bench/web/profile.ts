// CPU profile of the web server under load (npx tsx bench/web/profile.ts [-- --path /p/demo --seconds 20 --connections 4 --signed-in]).
// Starts the production build as bench:web does, loads one route with autocannon while the server's V8 profiler
// samples (through its inspector), writes the profile for DevTools and prints where the time went.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import autocannon from 'autocannon';
import WebSocket from 'ws';

import { signIn } from './sign-in';
import { seededDatabase, startWebServer } from './web-server';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined) ?? fallback;
const route = option('--path', '/p/demo');
const seconds = Number(option('--seconds', '20'));
const connections = Number(option('--connections', '4'));

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

function inspect(address: string) {
  const socket = new WebSocket(address);
  let next = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  const opened = new Promise((resolve, reject) => (socket.once('open', resolve), socket.once('error', reject)));
  const send = async <T>(method: string, params?: object) => {
    await opened;
    const id = (next += 1);
    return new Promise<T>((resolve) => {
      waiting.set(id, resolve as (result: unknown) => void);
      socket.send(JSON.stringify({ id, method, params }));
    });
  };
  return { send, close: () => socket.close() };
}

/** Where a frame's code lives: a package, the app's server bundle, or Node itself. */
function area(url: string): string {
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg === 'next') return url.match(/compiled\/([^/]+)/)?.[1] ?? 'next';
  if (pkg) return pkg;
  if (url.includes('.next/server')) return 'app bundle';
  return url ? (url.startsWith('node:') ? 'node' : path.relative(process.cwd(), url.replace('file://', ''))) : '(native/gc/idle)';
}

function summarise(profile: Profile) {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const tally = (key: (node: Node) => string) => {
    const sums = new Map<string, number>();
    for (const [id, time] of self) sums.set(key(byNode.get(id)!), (sums.get(key(byNode.get(id)!)) ?? 0) + time);
    return [...sums].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([name, time]) => `${((time / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  };
  console.log('\nself time by area:\n' + tally((node) => area(node.callFrame.url)).join('\n'));
  console.log('\nself time by function:\n' + tally((node) => `${node.callFrame.functionName || '(anonymous)'} ${area(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`).join('\n'));
}

async function main() {
  const server = await startWebServer(seededDatabase());
  try {
    if (!server.inspector) throw new Error('no inspector address in the server output');
    const headers = args.includes('--signed-in') ? { cookie: await signIn(server.url, 'citizen@example.org') } : undefined;
    await autocannon({ url: server.url + route, connections, duration: 3, headers });
    const inspector = inspect(server.inspector);
    await inspector.send('Profiler.enable');
    await inspector.send('Profiler.start');
    const result = await autocannon({ url: server.url + route, connections, duration: seconds, headers });
    const { profile } = await inspector.send<{ profile: Profile }>('Profiler.stop');
    inspector.close();
    const file = path.join(os.tmpdir(), `web-${route.replace(/\W+/g, '-')}-${Date.now()}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    console.log(`${route}: ${result.requests.total} requests in ${seconds} s (${connections} connections), profile in ${file}`);
    summarise(profile);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
