// One route under autocannon's load after a short warm-up: its rate, latency and the server's CPU per request.
import os from 'node:os';

import autocannon from 'autocannon';

import { cpuMs } from './process-memory';

export type Route = { name: string; path: string; cookie?: string; headers?: Record<string, string> };
export type LoadOptions = { connections: number; seconds: number; timeout: number };

/** `extraCpuMs`: CPU other processes spend for the server so far (a database server's backends), counted in its cost. */
export async function loadRoute(url: string, route: Route, pid: number, { connections, seconds, timeout }: LoadOptions, extraCpuMs: () => Promise<number> = async () => 0) {
  const headers = { ...route.headers, ...(route.cookie ? { cookie: route.cookie } : {}) };
  // A short warm-up, so the first compilation of a route's code is not counted.
  await autocannon({ url: url + route.path, connections: 4, duration: 2, headers });
  const cpuBefore = cpuMs(pid);
  const extraBefore = await extraCpuMs();
  const result = await autocannon({ url: url + route.path, connections, duration: seconds, timeout, headers });
  const requests = Math.max(1, result.requests.total);
  const cpu = (cpuMs(pid) - cpuBefore) / requests;
  const extraCpu = ((await extraCpuMs()) - extraBefore) / requests;
  return { cpu, extraCpu, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, load: os.loadavg()[0], bad: result.non2xx + result.errors + result.timeouts };
}
