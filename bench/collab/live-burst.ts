// The dot-vote burst of bench/collab/live.ts, as bench/live-votes/run.ts schedules it but through the
// production web server: every participant places its dots (one try more than the round gives) at a
// random moment of the window, a second or so apart, with a request to /api/health after the first
// (a no-op on the same schedule and sockets: what the machine's load alone costs).
import { performance } from 'node:perf_hooks';

import { browserHeaders, SLUG, type LiveRoom, type Participant } from './live-room';

export const DOTS = 3;
export const TRIES = DOTS + 1;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The burst's schedule: each person starts at a random moment of the window and makes their TRIES a second or so apart. */
export async function burstSchedule(people: number, seconds: number, attempt: (person: number, n: number) => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: people }, async (_, p) => {
      await sleep(Math.random() * Math.max(0, seconds - TRIES * 1.5) * 1000);
      for (let n = 0; n < TRIES; n += 1) {
        await attempt(p, n);
        await sleep(500 + Math.random() * 1000);
      }
    }),
  );
}

export type Burst = { wallSeconds: number; votes: { status: number; ms: number; code?: string }[]; health: number[] };

/** Opens a round as the facilitator's console does; returns it as the session map shows it. */
export async function openRound(room: LiveRoom, seconds: number) {
  const response = await fetch(`${room.web.url}/api/processes/${SLUG}/sessions/${room.sessionId}/rounds`, {
    method: 'POST',
    headers: browserHeaders(room.web, room.facilitator.cookie, '10.255.0.1'),
    body: JSON.stringify({ dots: DOTS, perItemMax: 2, durationSeconds: seconds }),
  });
  if (response.status !== 201) throw new Error(`opening the round: ${response.status} ${await response.text()}`);
  const round = (await response.json()) as { id: string; endsAt: number | null; status: 'open'; liveResults: boolean };
  return { id: round.id, endsAt: round.endsAt, status: round.status, liveResults: round.liveResults };
}

export async function voteBurst(room: LiveRoom, roundId: string, people: Participant[], marks: string[], seconds: number): Promise<Burst> {
  const url = `${room.web.url}/api/processes/${SLUG}/sessions/${room.sessionId}/rounds/${roundId}/votes`;
  const votes: Burst['votes'] = [];
  const health: number[] = [];
  const timed = async (request: () => Promise<Response>) => {
    const started = performance.now();
    const response = await request();
    const body = await response.text();
    const ms = performance.now() - started;
    return { status: response.status, ms, code: response.ok ? undefined : (JSON.parse(body) as { error?: { code?: string } }).error?.code };
  };
  const startedAt = performance.now();
  await burstSchedule(people.length, seconds, async (p, n) => {
    const person = people[p];
    const itemId = marks[(p * 7 + n) % marks.length];
    votes.push(await timed(() => fetch(url, { method: 'POST', headers: browserHeaders(room.web, person.cookie, person.address), body: JSON.stringify({ itemType: 'mark', itemId }) })));
    if (n === 0) health.push((await timed(() => fetch(`${room.web.url}/api/health`, { headers: { 'x-forwarded-for': person.address } }))).ms);
  });
  return { wallSeconds: (performance.now() - startedAt) / 1000, votes, health };
}
