// The room for bench/collab/live.ts: the production web server and the collab server on one seeded
// database, a facilitator's session started through the API, and participants who join as guests
// the way a phone does (POST /api/join with the code, then a collab token), each from its own address.
import { performance } from 'node:perf_hooks';

import { kill, startServerProcess, TEST_SECRET, type RunningServer } from '@/server/collab/testing/harness';

import { cookiesOf, signIn } from '../web/sign-in';
import { seededDatabase, seededPostgresql, startWebServer, type WebServer } from '../web/web-server';

export const SLUG = 'demo';
/** Every phase lets people mark and place dots, so the facilitator can switch while the crowd works. */
export const BENCH_PHASES = ['gather', 'discuss', 'prioritise'].map((id) => ({ id, title: id, instructions: `Bench phase ${id}`, allows: ['marks', 'comments', 'dots'] }));

export type Participant = { id: string; name: string; cookie: string; token: string; address: string };
export type LiveRoom = { web: WebServer; collab: RunningServer; room: string; sessionId: string; code: string; facilitator: { cookie: string; token: string }; stop: () => Promise<void> };

/** The headers a browser on its own address sends to a state-changing route behind a trusted proxy. */
export const browserHeaders = (web: WebServer, cookie: string, address: string) => ({ cookie, origin: web.url, 'content-type': 'application/json', 'x-forwarded-for': address });

async function collabToken(web: WebServer, cookie: string, address: string): Promise<{ token: string; room: string }> {
  const response = await fetch(`${web.url}/api/collab/token?process=${SLUG}`, { headers: { cookie, 'x-forwarded-for': address } });
  if (!response.ok) throw new Error(`collab token: ${response.status} ${await response.text()}`);
  return (await response.json()) as { token: string; room: string };
}

/** The servers and a started session; the collab server's room is loaded only after the session runs. */
export async function openLiveRoom(ports: { web?: number; collab?: number } = {}): Promise<LiveRoom> {
  // On PostgreSQL with TEST_DATABASE_URL=postgresql://… (a fresh database on that server), else a SQLite file.
  const server = process.env.TEST_DATABASE_URL ?? '';
  const databaseUrl = /^postgres(ql)?:\/\//.test(server) ? await seededPostgresql(server) : seededDatabase();
  // One secret for both servers (the web server signs collab tokens); 127.0.0.1 stands for the proxy in front of 300 phones.
  process.env.AUTH_SECRET = TEST_SECRET;
  process.env.TRUSTED_PROXY = '127.0.0.1';
  const web = await startWebServer(databaseUrl, { port: ports.web });
  const collab = await startServerProcess(databaseUrl, ports.collab);
  const cookie = await signIn(web.url, 'facilitator@example.org');
  const created = await fetch(`${web.url}/api/processes/${SLUG}/sessions`, { method: 'POST', headers: browserHeaders(web, cookie, '10.255.0.1'), body: JSON.stringify({ title: 'Bench workshop', phases: BENCH_PHASES }) });
  if (created.status !== 201) throw new Error(`creating the session: ${created.status} ${await created.text()}`);
  const { id, code } = (await created.json()) as { id: string; code: string };
  const { token, room } = await collabToken(web, cookie, '10.255.0.1');
  const stop = async () => {
    await kill(collab);
    await web.stop();
  };
  return { web, collab, room, sessionId: id, code, facilitator: { cookie, token }, stop };
}

/** The claims of a collab token (who the collab server will take this person for). */
function claimsOf(token: string): { sub: string; name: string } {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

/** `count` guests join, `parallel` at a time, each opening its page's streams (`onJoined`); returns them with each join's latency (both requests). */
export async function joinGuests(room: LiveRoom, count: number, onJoined: (person: Participant) => Promise<void>, parallel = 8): Promise<{ people: Participant[]; joinMs: number[] }> {
  const people: Participant[] = [];
  const joinMs: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let n = next++; n < count; n = next++) {
      const address = `10.${Math.floor(n / 250)}.${n % 250}.1`;
      const started = performance.now();
      const joined = await fetch(`${room.web.url}/api/join`, { method: 'POST', headers: browserHeaders(room.web, '', address), body: JSON.stringify({ code: room.code.toLowerCase(), name: `Guest ${n}` }) });
      if (!joined.ok) throw new Error(`join: ${joined.status} ${await joined.text()}`);
      const cookie = cookiesOf(joined).join('; ');
      const { token } = await collabToken(room.web, cookie, address);
      joinMs.push(performance.now() - started);
      const claims = claimsOf(token);
      const person = { id: claims.sub, name: claims.name, cookie, token, address };
      people.push(person);
      await onJoined(person);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { people, joinMs };
}
