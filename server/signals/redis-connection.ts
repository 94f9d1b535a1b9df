// The Redis connection a process shares (REDIS_URL), opened on first use; none without REDIS_URL.
import { createClient, type RedisClientType } from '@redis/client';
import { log } from '@/server/log/log';

export type Redis = RedisClientType;

const shared = globalThis as typeof globalThis & { civictwinRedis?: Promise<Redis> };

export function redisUrl(): string | null {
  return process.env.REDIS_URL?.trim() || null;
}

/** A connected client of its own (a subscriber cannot send other commands). */
export async function openRedis(url: string): Promise<Redis> {
  const client: Redis = createClient({ url });
  // The client reconnects by itself; an unhandled 'error' would end the process.
  client.on('error', (error: Error) => log.error('redis connection error', { error }));
  await client.connect();
  return client;
}

/** This process's command connection. */
export function sharedRedis(url: string): Promise<Redis> {
  shared.civictwinRedis ??= openRedis(url).catch((error) => {
    shared.civictwinRedis = undefined;
    throw error;
  });
  return shared.civictwinRedis;
}
