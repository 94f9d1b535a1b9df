// Test harness: a real collab server process on a throwaway database (SQLite, or PostgreSQL with TEST_DATABASE_URL), and real y-websocket
// clients in Node. Used by the integration tests and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';

import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { prepareTestDatabase } from '@/server/database/testing/test-database';

export const TEST_SECRET = 'collab-integration-secret-0123456789';

/** A fresh migrated database for one test file: SQLite, or PostgreSQL when TEST_DATABASE_URL says so. */
export function prepareDatabase(): string {
  return prepareTestDatabase();
}

export type RunningServer = { port: number; child: ChildProcess; output: string[] };

export async function startServerProcess(databaseUrl: string, port = 0, env: Record<string, string> = {}): Promise<RunningServer> {
  // node itself (not the tsx wrapper, which runs the server in a child): a SIGKILL must hit the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/collab/main.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, COLLAB_PORT: String(port), AUTH_SECRET: TEST_SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const actualPort = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collab server did not start: ${output.join('')}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      output.push(String(chunk));
      const match = String(chunk).match(/listening on ws:\/\/localhost:(\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`collab server exited (${code}): ${output.join('')}`)));
  });
  return { port: actualPort, child, output };
}

export function kill(server: RunningServer, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill(signal);
  });
}

export type TestClient = { doc: Y.Doc; provider: WebsocketProvider; closed: Promise<{ code: number; reason: string }> };

/** A y-websocket client on a collab server's port, or on a WebSocket URL (a proxy's path, e.g. ws://127.0.0.1:3610/collab). */
export function connect(server: number | string, room: string, token: string | null): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(typeof server === 'number' ? `ws://localhost:${server}` : server, room, doc, {
    params: token ? { token } : {},
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => provider.on('closed', (event) => resolve(event)));
  return { doc, provider, closed };
}

export function synced(client: TestClient, timeoutMs = 10_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('client did not sync')), timeoutMs);
    client.provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function eventually<T>(probe: () => T | Promise<T>, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
