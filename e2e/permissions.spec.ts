// The role × action matrix of lib/policy/roles.ts, enumerated against the real HTTP API.
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';

import { roleAllows, type Action, type Role } from '../lib/policy/roles';
import { nextStatuses, type ProposalStatus } from '../lib/participation/proposal-lifecycle';
import { baseURL } from './servers';
import { DEMO_ROLES, apiSignIn } from './support';

type Who = { role: Role | 'anonymous'; api: APIRequestContext };

async function people(): Promise<Who[]> {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const signedIn = await Promise.all(
    DEMO_ROLES.map(async ({ role, email }) => {
      const api = await playwrightRequest.newContext({ baseURL });
      await apiSignIn(api, email);
      return { role, api };
    }),
  );
  return [{ role: 'anonymous', api: anonymous }, ...signedIn];
}

function expectAllowed(who: Who, action: Action, status: number) {
  const allowed = who.role !== 'anonymous' && roleAllows(who.role, action);
  const expected = allowed ? 'allowed' : who.role === 'anonymous' ? 'sign-in required' : 'forbidden';
  const got = status < 300 ? 'allowed' : status === 401 ? 'sign-in required' : status === 403 ? 'forbidden' : `other (${status})`;
  expect(got, `${who.role} × ${action}`).toBe(expected);
}

test('every role gets exactly the rights of the matrix', async () => {
  const everyone = await people();
  const author = everyone.find((w) => w.role === 'citizen')!.api;
  const created = await author.post('/api/processes/demo/proposals', { data: { title: 'Permission check', body: 'A proposal for the matrix test.', category: 'idea', publish: true } });
  expect(created.status()).toBe(201);
  const proposalId = (await created.json()).proposal.id as string;
  let status: ProposalStatus = 'published';
  // The admin writes below change nothing when allowed: the demo's own values are written back.
  const demo = await (await author.get('/api/processes/demo')).json();
  const citizenId = (await (await author.get('/api/auth/session')).json()).user.id as string;
  const settings = { controllerName: 'Demo City Council (illustrative)', controllerContact: 'Data protection officer, Town Hall, 1 Demo Square — privacy@example.org' };
  const run = Date.now().toString(36);

  for (const who of everyone) {
    expectAllowed(who, 'proposal.create', (await who.api.post('/api/processes/demo/proposals', { data: { title: `By ${who.role}`, body: 'Matrix.', category: 'idea', publish: true } })).status());
    expectAllowed(who, 'comment.create', (await who.api.post('/api/comments', { data: { targetType: 'proposal', targetId: proposalId, body: `Comment by ${who.role}` } })).status());
    expectAllowed(who, 'vote.cast', (await who.api.post('/api/votes', { data: { targetType: 'proposal', targetId: proposalId, value: 1 } })).status());
    expectAllowed(who, 'content.flag', (await who.api.post('/api/flags', { data: { targetType: 'proposal', targetId: proposalId, reason: 'matrix check' } })).status());
    expectAllowed(who, 'content.moderate', (await who.api.post('/api/moderation', { data: { action: 'restore', targets: [{ targetType: 'proposal', targetId: proposalId }], reason: 'matrix check' } })).status());
    expectAllowed(who, 'content.moderate', (await who.api.get('/api/processes/demo/moderation')).status());
    expectAllowed(who, 'process.review', (await who.api.get('/api/processes/demo/review')).status());
    expectAllowed(who, 'process.review', (await who.api.get('/api/processes/demo/review/themes')).status());
    expectAllowed(who, 'process.export', (await who.api.get('/api/processes/demo/export?format=csv&what=comments')).status());
    expectAllowed(who, 'basemap.manage', (await who.api.get('/api/basemaps')).status());
    expectAllowed(who, 'user.manage', (await who.api.get('/api/audit')).status());
    const newProcess = { slug: `matrix-${who.role}-${run}`, title: `Matrix ${who.role}`, description: '', bounds: demo.bounds };
    expectAllowed(who, 'process.manage', (await who.api.post('/api/processes', { data: newProcess })).status());
    expectAllowed(who, 'process.manage', (await who.api.patch('/api/processes/demo', { data: { allowOppose: demo.allowOppose } })).status());
    expectAllowed(who, 'user.manage', (await who.api.patch(`/api/users/${citizenId}`, { data: { role: 'citizen' } })).status());
    expectAllowed(who, 'user.manage', (await who.api.patch('/api/settings', { data: settings })).status());
    const registered = await who.api.post('/api/processes/demo/layers', {
      data: { name: `Tiles by ${who.role}`, owner: 'Matrix', attribution: 'Matrix', style: { color: '#000000', opacity: 1 }, source: { type: 'xyz', url: 'https://tiles.example.test/{z}/{x}/{y}.png' } },
    });
    expectAllowed(who, 'layer.manage', registered.status());
    if (registered.ok()) expect((await who.api.delete(`/api/processes/demo/layers/${(await registered.json()).layer.id}`)).status()).toBe(204);
    const next: ProposalStatus = nextStatuses(status)[0];
    const answered = await who.api.post(`/api/proposals/${proposalId}/status`, { data: { status: next, answer: `Answer by ${who.role}` } });
    expectAllowed(who, 'proposal.changeStatus', answered.status());
    if (answered.ok()) status = next;
  }
});

test('bad input gets a 4xx with a message, never a 500', async () => {
  const [, citizen] = await people();
  const cases = [
    await citizen.api.post('/api/processes/demo/proposals', { data: { title: '', body: 'x', category: 'idea' } }),
    await citizen.api.post('/api/processes/demo/proposals', { data: { title: 'x'.repeat(151), body: 'x', category: 'idea' } }),
    await citizen.api.post('/api/processes/demo/proposals', { data: { title: 'x', body: 'x'.repeat(10_001), category: 'idea' } }),
    await citizen.api.post('/api/processes/demo/proposals', { data: { title: 'x', body: 'x', category: 'no-such-category' } }),
    await citizen.api.post('/api/comments', { data: { targetType: 'proposal', targetId: 'missing', body: 'x' } }),
    await citizen.api.post('/api/comments', { data: { targetType: 'proposal', targetId: 'x', body: 'x'.repeat(5001) } }),
    await citizen.api.post('/api/votes', { data: { targetType: 'proposal', targetId: 'x', value: 7 } }),
    await citizen.api.post('/api/votes', { data: 'not json', headers: { 'content-type': 'application/json' } }),
  ];
  for (const response of cases) {
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    expect((await response.json()).error.message).toEqual(expect.any(String));
  }
});

test('bad layer input gets a 4xx with a message, and the server never fetches a registered URL', async () => {
  const admin = (await people()).find((who) => who.role === 'admin')!.api;
  const base = { name: 'Bad', owner: 'Matrix', attribution: 'Matrix', style: { color: '#000000', opacity: 1 } };
  const cases = [
    await admin.post('/api/processes/demo/layers', { data: { ...base, source: { type: 'xyz', url: 'file:///etc/passwd?{z}{x}{y}' } } }),
    await admin.post('/api/processes/demo/layers', { data: { ...base, source: { type: 'wms', url: 'https://geo.example.test/wms', layers: '' } } }),
    await admin.post('/api/processes/demo/layers', { data: { ...base, style: { color: 'green', opacity: 3 }, source: { type: 'xyz', url: 'https://t.example.test/{z}/{x}/{y}.png' } } }),
    await admin.post('/api/processes/demo/layers', { multipart: { details: JSON.stringify(base) } }),
    await admin.post('/api/processes/demo/layers', { multipart: { details: 'not json', file: { name: 'a.geojson', mimeType: 'application/json', buffer: Buffer.from('{}') } } }),
    await admin.post('/api/processes/demo/layers', { multipart: { details: JSON.stringify(base), file: { name: 'a.gpx', mimeType: 'application/gpx+xml', buffer: Buffer.from('<gpx><trk>') } } }),
    await admin.patch('/api/processes/demo/layers/no-such-layer', { data: { name: 'x' } }),
    await admin.post('/api/processes/demo/scenarios', { data: { name: 'Mixed', layerIds: ['not-a-layer-of-this-process'] } }),
  ];
  for (const response of cases) {
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    expect((await response.json()).error.message).toEqual(expect.any(String));
  }
  // A remote source pointing at an internal address is stored, never requested by the server: the registration answers at once.
  const internal = await admin.post('/api/processes/demo/layers', { data: { ...base, name: 'Internal', source: { type: 'xyz', url: 'http://10.255.255.1:81/{z}/{x}/{y}.png' } } });
  expect(internal.status()).toBe(201);
  await admin.delete(`/api/processes/demo/layers/${(await internal.json()).layer.id}`);
});

test('hostile text survives a round trip unchanged and is never run', async ({ page }) => {
  const [, citizen] = await people();
  const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> \u202eevil\u202c zero\u200bwidth 🏳️‍🌈𝄞 \'; DROP TABLE "Proposal";--';
  const created = await citizen.api.post('/api/processes/demo/proposals', { data: { title: 'Hostile input', body: hostile, category: 'idea', publish: true } });
  const id = (await created.json()).proposal.id;
  expect((await (await citizen.api.get(`/api/proposals/${id}`)).json()).proposal.body).toBe(hostile);
  await page.goto(`/p/demo/proposals/${id}`);
  await expect(page.locator('.proposal-body')).toHaveText(hostile);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a second vote replaces the first, and the database keeps one per person', async () => {
  const [, citizen] = await people();
  const created = await citizen.api.post('/api/processes/demo/proposals', { data: { title: 'Vote once', body: 'Only one vote each.', category: 'idea', publish: true } });
  const id = (await created.json()).proposal.id;
  for (let i = 0; i < 3; i += 1) await citizen.api.post('/api/votes', { data: { targetType: 'proposal', targetId: id, value: 1 } });
  const detail = (await (await citizen.api.get(`/api/proposals/${id}`)).json()).proposal;
  expect(detail.supports).toBe(1);
  await citizen.api.post('/api/votes', { data: { targetType: 'proposal', targetId: id, value: 0 } });
  expect((await (await citizen.api.get(`/api/proposals/${id}`)).json()).proposal.supports).toBe(0);
});
