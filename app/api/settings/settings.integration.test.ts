// PATCH /api/settings on a fresh database: administrators name the data controller that /privacy shows; nobody else can.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';
import type { PrismaClient } from '@/server/generated/prisma/client';

const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => (signedIn.userId ? { userId: signedIn.userId, signedInAt: Date.now() } : null) }));
vi.mock('@/server/auth/auth', () => ({ auth: async () => (signedIn.userId ? { user: { id: signedIn.userId } } : null) }));

let db: PrismaClient;
let PATCH: (request: Request) => Promise<Response>;
let readSettings: typeof import('@/server/settings/installation-settings').readSettings;

beforeAll(async () => {
  process.env.DATABASE_URL = prepareDatabase();
  ({ db } = await import('@/server/db'));
  ({ PATCH } = await import('./route'));
  ({ readSettings } = await import('@/server/settings/installation-settings'));
}, 60_000);

afterAll(() => db?.$disconnect());

const send = async (userId: string | null, body: unknown) => {
  signedIn.userId = userId;
  const response = await PATCH(new Request('http://localhost/api/settings', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
  return { status: response.status, body: await response.json() };
};

describe('installation settings', () => {
  it('lets an administrator name the data controller, logs it, and refuses everyone else', async () => {
    const admin = await db.user.create({ data: { name: 'Ada', role: 'admin', email: 'ada@example.org' } });
    const facilitator = await db.user.create({ data: { name: 'Fay', role: 'facilitator', email: 'fay@example.org' } });
    const settings = { controllerName: 'Town of Vaduz', controllerContact: 'privacy@vaduz.example' };
    expect(await send(null, settings)).toMatchObject({ status: 401 });
    expect(await send(facilitator.id, settings)).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await readSettings()).toEqual({ controllerName: '', controllerContact: '' });
    expect(await send(admin.id, { ...settings, controllerName: 'x'.repeat(201) })).toMatchObject({ status: 400, body: { error: { params: { field: 'controllerName' } } } });
    expect(await send(admin.id, settings)).toMatchObject({ status: 200, body: { settings } });
    expect(await readSettings()).toEqual(settings);
    expect(await db.auditLog.count({ where: { action: 'settings.update', actorId: admin.id } })).toBe(1);
  });
});
