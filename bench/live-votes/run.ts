// Dot-vote burst (npm run bench:live-votes [-- --people 300 --seconds 60]): a live session of 300
// participants who each try to place four dots (one more than the round gives) within 60 s, over
// HTTP on loopback, while 300 event-stream listeners receive every vote signal. Reports the request
// rate, the vote route's latency (p50/p95/p99) beside a no-op request's on the same schedule (the
// machine's load), and whether the budget held (exactly 3 dots each).
// The HTTP server calls the route's service as the route does, with the person read from the
// database on every request; it skips next-auth's cookie decoding (not what is measured here).
import http from 'node:http';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

import { freshDatabase, insertRows, seedProcess } from '@/server/testing/large-seed';
import { burstSchedule, TRIES } from '../collab/live-burst';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const PEOPLE = Number(args.get('--people') ?? 300);
const SECONDS = Number(args.get('--seconds') ?? 60);
const MARKS = 40;
const S = 'bench-session';

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  process.env.CIVICTWIN_WRITES_PER_MINUTE = '1000';
  const db = await freshDatabase();
  const processId = (await seedProcess(db, 'bench-votes')).id;
  const now = new Date();
  await insertRows(db, 'User', [{ id: 'fac', name: 'Facilitator', email: 'fac@example.org', role: 'facilitator', locale: 'en', createdAt: now, updatedAt: now }]);
  const phases = JSON.stringify([{ id: 'vote', title: 'Vote', instructions: '', allows: ['dots'] }]);
  await db.liveSession.create({ data: { id: S, processId, title: 'Bench', joinCode: 'BENCHV', status: 'live', facilitatorId: 'fac', phases, currentPhase: 'vote', startedAt: now } });
  const people = Array.from({ length: PEOPLE }, (_, i) => `guest-${i}`);
  await insertRows(db, 'User', people.map((id) => ({ id, name: id, email: null, role: 'guest', locale: 'en', guestSessionId: S, createdAt: now, updatedAt: now })));
  await insertRows(db, 'SessionParticipant', people.map((id) => ({ id: `sp-${id}`, sessionId: S, userId: id, displayName: id, joinedAt: now })));
  const marks = Array.from({ length: MARKS }, (_, i) => `mark-${i}`);
  await insertRows(db, 'Annotation', marks.map((id, i) => ({ id, processId, kind: 'point', geometry: JSON.stringify({ type: 'Point', coordinates: [-0.1 + i / 2000, 51.515] }), category: 'idea', text: id, authorId: 'fac', authorName: 'F', createdAt: now, updatedAt: now })));

  const { loadSubject } = await import('@/server/auth/subject');
  const { openRound } = await import('@/server/domain/dot-votes/open-round');
  const { placeDot } = await import('@/server/domain/dot-votes/place-dot');
  const { subscribeProcessEvents } = await import('@/server/domain/events/process-events');
  const { AppError } = await import('@/server/http/app-error');
  const round = await openRound((await loadSubject('fac'))!, 'bench-votes', S, { dots: 3, perItemMax: 2, durationSeconds: 3600 });

  let delivered = 0;
  const unsubscribe = Array.from({ length: PEOPLE }, () => subscribeProcessEvents(processId, () => (delivered += 1)));

  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', async () => {
      // The baseline: a request on the same server and sockets that does no work, to read the machine's load.
      if (request.url === '/noop') return void response.writeHead(200).end('{}');
      try {
        const actor = await loadSubject(String(request.headers['x-person']));
        const answer = await placeDot(actor!, 'bench-votes', S, round.id, JSON.parse(body));
        response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      } catch (error) {
        const status = error instanceof AppError ? error.status : 500;
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: error instanceof AppError ? error.code : 'internal' } }));
      }
    });
  });
  server.keepAliveTimeout = 65_000; // longer than the client keeps idle sockets, as server/web does
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  const vote = (person: string, itemId: string, path = '/votes') =>
    new Promise<{ status: number; ms: number }>((resolve, reject) => {
      const started = performance.now();
      const request = http.request({ host: '127.0.0.1', port, method: 'POST', path, agent, headers: { 'content-type': 'application/json', 'x-person': person } }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }));
      });
      request.on('error', reject);
      request.end(JSON.stringify({ itemType: 'mark', itemId }));
    });

  // Each person starts at a random moment in the window and sends their tries a second or two apart.
  const startedAt = performance.now();
  const cpuBefore = process.cpuUsage();
  const results: { status: number; ms: number }[] = [];
  const baseline: number[] = [];
  await burstSchedule(people.length, SECONDS, async (p, n) => {
    results.push(await vote(people[p], marks[(p * 7 + n * 13) % MARKS]));
    if (n === 0) baseline.push((await vote(people[p], '', '/noop')).ms);
  });
  const wall = (performance.now() - startedAt) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time of this process (server and clients together) per request: what the machine's load does not change.
  const cpuPerRequest = (cpu.user + cpu.system) / 1000 / (results.length + baseline.length);
  await new Promise((done) => setTimeout(done, 200));
  const placed = await db.dot.count({ where: { roundId: round.id } });
  const over = await db.$queryRaw<{ n: number }[]>`SELECT COUNT(*) AS n FROM (SELECT "userId" FROM "Dot" WHERE "roundId" = ${round.id} GROUP BY "userId" HAVING COUNT(*) > 3) AS over_budget`;
  const accepted = results.filter((r) => r.status === 201).map((r) => r.ms).sort((a, b) => a - b);
  const refused = results.filter((r) => r.status === 409).map((r) => r.ms).sort((a, b) => a - b);
  const all = results.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`dot-vote burst: ${PEOPLE} participants, ${TRIES} tries each (3 dots), within ${SECONDS} s; ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}`);
  console.log('| measure | value |');
  console.log('|---|---|');
  console.log(`| requests | ${results.length} in ${wall.toFixed(1)} s (${(results.length / wall).toFixed(1)} req/s) |`);
  console.log(`| accepted (201) | ${accepted.length}: p50 ${ms(quantile(accepted, 0.5))}, p95 ${ms(quantile(accepted, 0.95))}, p99 ${ms(quantile(accepted, 0.99))} |`);
  console.log(`| refused (409) | ${refused.length}: p50 ${ms(quantile(refused, 0.5))}, p95 ${ms(quantile(refused, 0.95))} |`);
  console.log(`| every vote request | p95 ${ms(quantile(all, 0.95))} (goal ≤ 300 ms) |`);
  baseline.sort((a, b) => a - b);
  console.log(`| baseline (no-op request, same schedule) | p50 ${ms(quantile(baseline, 0.5))}, p95 ${ms(quantile(baseline, 0.95))}; vote p50 is ${(quantile(accepted, 0.5) / quantile(baseline, 0.5)).toFixed(1)}× it |`);
  console.log(`| CPU time per request (this process: server and clients) | ${ms(cpuPerRequest)} |`);
  console.log(`| other answers | ${results.length - accepted.length - refused.length} |`);
  console.log(`| dots stored | ${placed} (expected ${PEOPLE * 3}); people over budget: ${Number(over[0]?.n ?? 0)} |`);
  console.log(`| event signals delivered | ${delivered} to ${PEOPLE} listeners (${(delivered / Math.max(1, accepted.length)).toFixed(0)} per accepted vote; no fetch needed) |`);
  for (const stop of unsubscribe) stop();
  agent.destroy();
  server.close();
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
