// The signal bus between two processes (two buses on one redis-server), and its in-memory form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createMemoryBus, createRedisBus, type SignalBus } from './signal-bus';
import { startRedis, type RunningRedis } from './testing/redis-server';

let redis: RunningRedis;
let web: SignalBus;
let collab: SignalBus;

beforeAll(async () => {
  redis = await startRedis();
  [web, collab] = [createRedisBus(redis.url), createRedisBus(redis.url)];
});

afterAll(async () => {
  await Promise.all([web?.close(), collab?.close()]);
  await redis?.stop();
});

describe('signal bus', () => {
  it('carries a signal published in one process to a subscriber in another, bytes intact', async () => {
    const heard: Buffer[] = [];
    const stop = await collab.subscribe('civictwin:test', (message) => heard.push(message));
    web.publish('civictwin:test', new Uint8Array([0, 255, 7]));
    web.publish('civictwin:other', 'not for us');
    await expect.poll(() => heard.length).toBe(1);
    expect([...heard[0]]).toEqual([0, 255, 7]);
    await stop();
    web.publish('civictwin:test', 'after');
    // Same publisher, same subscriber connection: once the probe arrives, 'after' would have.
    const probe: string[] = [];
    const stopProbe = await collab.subscribe('civictwin:probe', (message) => probe.push(message.toString()));
    web.publish('civictwin:probe', 'later');
    await expect.poll(() => probe).toEqual(['later']);
    await stopProbe();
    expect(heard).toHaveLength(1);
  });

  it('in memory, reaches this process’s subscribers at once and nobody else', async () => {
    const bus = createMemoryBus();
    const heard: string[] = [];
    const stop = await bus.subscribe('civictwin:test', (message) => heard.push(message.toString()));
    bus.publish('civictwin:test', 'now');
    expect(heard).toEqual(['now']);
    expect(bus.shared).toBe(false);
    await stop();
  });
});
