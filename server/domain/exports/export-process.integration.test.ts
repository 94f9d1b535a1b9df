// The councillors' exports of a process with more than one page of marks and comments, hostile
// text, hidden and draft items and people with e-mail addresses: valid GeoJSON, CSV that a parser
// reads back to the same values, nothing hidden, no address, and only for councillors and admins.
import { check } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import type { Subject } from '@/lib/policy/subject';
import { freshDatabase, insertRows, markAt, seedComments, seedMarkRows, seedPeople, seedProcess, seedProposals, seedVotes } from '@/server/testing/large-seed';

import type { exportProcess as Export } from './export-process';

const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => (signedIn.userId ? { userId: signedIn.userId, signedInAt: Date.now() } : null) }));
vi.mock('@/server/auth/auth', () => ({ auth: async () => (signedIn.userId ? { user: { id: signedIn.userId } } : null) }));

const HOSTILE = ['=cmd|\' /C calc\'!A0', '+SUM(1,2)', '-2+3', '@here', 'Il a dit "non", puis\r\nparti', 'Ça déborde à l’écluse 🌊🚲', 'plain'];
const MARKS = 1_100;
let exportProcess: typeof Export;
const person = (id: string, role: Subject['role'], guestOf: Subject['guestOf'] = null): Subject => ({ id, name: id, role, blocked: false, deleted: false, guestOf });
const councillor = person('person-0', 'councillor');

/** The bytes as they are, a byte-order mark included (Response.text() would drop it). */
async function read(file: { body: ReadableStream<Uint8Array> }) {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(file.body).arrayBuffer());
}
async function csv(what: string) {
  const text = await read(await exportProcess(councillor, 'volume', { format: 'csv', what }));
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { text, rows: parsed.data };
}
const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

beforeAll(async () => {
  const db = await freshDatabase();
  ({ exportProcess } = await import('./export-process'));
  const processId = (await seedProcess(db)).id;
  const people = await seedPeople(db, 3);
  const marks = Array.from({ length: MARKS }, (_, i) => ({ ...markAt(i, { id: people[1], name: 'Person 1' }), text: HOSTILE[i % HOSTILE.length] }));
  marks[1] = { ...marks[1], kind: 'polygon', geometry: { type: 'Polygon', coordinates: [[[-0.1, 51.5], [-0.09, 51.5], [-0.09, 51.51], [-0.1, 51.51], [-0.1, 51.5]]] } };
  marks[2] = { ...marks[2], kind: 'line', geometry: { type: 'LineString', coordinates: [[-0.1, 51.5], [-0.095, 51.505], [-0.09, 51.51]] } };
  await seedMarkRows(db, processId, marks);
  await db.annotation.update({ where: { id: 'mark-000003' }, data: { hiddenAt: new Date(), hiddenReason: 'abuse' } });
  await seedVotes(db, processId, 'annotation', ['mark-000000'], people, () => 1);

  const proposals = await seedProposals(db, processId, people[2], 12);
  await db.proposal.update({ where: { id: proposals[0] }, data: { title: HOSTILE[0], body: HOSTILE[4], geometry: JSON.stringify({ type: 'Point', coordinates: [-0.1, 51.51] }) } });
  await db.proposal.update({ where: { id: proposals[1] }, data: { hiddenAt: new Date(), hiddenReason: 'abuse', title: 'HIDDEN PROPOSAL' } });
  await db.proposal.update({ where: { id: proposals[2] }, data: { status: 'draft', title: 'DRAFT PROPOSAL' } });
  await db.proposal.update({ where: { id: proposals[3] }, data: { status: 'accepted' } });
  await db.officialAnswer.create({ data: { proposalId: proposals[3], authorId: people[0], body: HOSTILE[5], status: 'accepted' } });

  const comments = await seedComments(db, processId, { targetType: 'annotation', targetId: 'mark-000000' }, people, 600);
  await db.comment.update({ where: { id: comments[0] }, data: { body: HOSTILE[4] } });
  await db.comment.update({ where: { id: comments[1] }, data: { body: HOSTILE[0] } });
  await db.comment.update({ where: { id: comments[2] }, data: { body: 'HIDDEN COMMENT', hiddenAt: new Date() } });
  await db.comment.update({ where: { id: comments[3] }, data: { body: 'DELETED COMMENT', deletedAt: new Date() } });
  await seedComments(db, processId, { targetType: 'annotation', targetId: 'mark-000003' }, people, 2);
  await seedComments(db, processId, { targetType: 'proposal', targetId: proposals[1] }, people, 2);
  await seedComments(db, processId, { targetType: 'proposal', targetId: proposals[0] }, people, 3);
  await insertRows(db, 'User', [{ id: 'guest-1', name: 'Guest', email: null, role: 'guest', locale: 'en', createdAt: new Date(), updatedAt: new Date() }]);
});

describe('who may export', () => {
  it('refuses visitors (401), citizens and guests (403)', async () => {
    const query = { format: 'csv', what: 'marks' };
    await expect(exportProcess(null, 'volume', query)).rejects.toMatchObject({ status: 401 });
    await expect(exportProcess(person('person-1', 'citizen'), 'volume', query)).rejects.toMatchObject({ status: 403 });
    const guest = person('guest-1', 'guest', { sessionId: 's', processId: 'x', ended: false });
    await expect(exportProcess(guest, 'volume', query)).rejects.toMatchObject({ status: 403 });
    await expect(exportProcess(person('person-1', 'facilitator'), 'volume', query)).rejects.toMatchObject({ status: 403 });
    await expect(exportProcess(person('person-1', 'admin'), 'volume', query)).resolves.toBeTruthy();
  });
  it('refuses an unknown format and comments as GeoJSON', async () => {
    await expect(exportProcess(councillor, 'volume', { format: 'xlsx', what: 'marks' })).rejects.toMatchObject({ status: 400, code: 'invalid_format' });
    await expect(exportProcess(councillor, 'volume', { format: 'geojson', what: 'comments' })).rejects.toMatchObject({ status: 400 });
  });
  it('names the file after the process and the day', async () => {
    const file = await exportProcess(councillor, 'volume', { format: 'csv', what: 'comments' }, new Date('2026-11-26T10:00:00Z'));
    expect(file.filename).toBe('volume-comments-2026-11-26.csv');
    await file.body.cancel();
  });
});

describe('the route', () => {
  it('streams the file as an attachment to a councillor, 401 to a visitor and 403 to a citizen', async () => {
    const db = (await import('@/server/db')).db;
    await db.user.update({ where: { id: 'person-0' }, data: { role: 'councillor' } });
    const { GET } = await import('@/app/api/processes/[slug]/export/route');
    const get = () => GET(new Request('http://localhost/api/processes/volume/export?format=csv&what=proposals'), { params: Promise.resolve({ slug: 'volume' }) });
    signedIn.userId = null;
    expect((await get()).status).toBe(401);
    signedIn.userId = 'person-1';
    expect((await get()).status).toBe(403);
    signedIn.userId = 'person-0';
    const answer = await get();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="volume-proposals-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(await answer.text()).toContain('proposal-0');
  });
});

describe('GeoJSON', () => {
  it('is valid for the independent validator, with counts and statuses, without hidden items', async () => {
    const marks = JSON.parse(await read(await exportProcess(councillor, 'volume', { format: 'geojson', what: 'marks' })));
    expect(() => check(JSON.stringify(marks))).not.toThrow();
    expect(marks.features).toHaveLength(MARKS - 1);
    expect(marks.features.find((f: { id: string }) => f.id === 'mark-000003')).toBeUndefined();
    expect(marks.features[0].properties).toMatchObject({ id: 'mark-000000', supports: 3, comments: 598, text: HOSTILE[0] });

    const text = await read(await exportProcess(councillor, 'volume', { format: 'geojson', what: 'proposals' }));
    expect(() => check(text)).not.toThrow();
    const proposals = JSON.parse(text).features;
    expect(proposals).toHaveLength(10);
    expect(text).not.toMatch(/HIDDEN|DRAFT/);
    expect(proposals.find((f: { id: string }) => f.id === 'proposal-3').properties).toMatchObject({ status: 'accepted', answer: HOSTILE[5] });
    expect(proposals.find((f: { id: string }) => f.id === 'proposal-0').properties).toMatchObject({ title: HOSTILE[0], comments: 3 });
  });
});

describe('CSV', () => {
  it('reads back the marks with the same values, a point inside areas and on lines', async () => {
    const { rows } = await csv('marks');
    expect(rows).toHaveLength(MARKS - 1);
    rows.forEach((row) => expect(row.text).toBe(safe(HOSTILE[Number(row.id.slice(5)) % HOSTILE.length])));
    const area = rows.find((r) => r.id === 'mark-000001')!;
    expect(Number(area.longitude)).toBeGreaterThanOrEqual(-0.1);
    expect(Number(area.longitude)).toBeLessThanOrEqual(-0.09);
    expect(Number(area.latitude)).toBeGreaterThanOrEqual(51.5);
    expect(rows.find((r) => r.id === 'mark-000002')).toMatchObject({ longitude: '-0.095', latitude: '51.505' });
    expect(rows.find((r) => r.id === 'mark-000000')).toMatchObject({ supports: '3', comments: '598' });
  });
  it('reads back the proposals with their answers, without hidden or draft ones', async () => {
    const { rows, text } = await csv('proposals');
    expect(rows).toHaveLength(10);
    expect(text).not.toMatch(/HIDDEN|DRAFT/);
    expect(rows.find((r) => r.id === 'proposal-0')).toMatchObject({ title: `'${HOSTILE[0]}`, body: HOSTILE[4], longitude: '-0.1', latitude: '51.51' });
    expect(rows.find((r) => r.id === 'proposal-3')).toMatchObject({ status: 'accepted', answer: HOSTILE[5] });
  });
  it('writes one row per visible comment, none on hidden items', async () => {
    const { rows, text } = await csv('comments');
    expect(rows).toHaveLength(598 + 3);
    expect(text).not.toMatch(/HIDDEN|DELETED/);
    expect(rows.filter((r) => r.target_id === 'mark-000003' || r.target_id === 'proposal-1')).toEqual([]);
    expect(rows.find((r) => r.id === 'comment-mark-000000-0')!.body).toBe(HOSTILE[4]);
    expect(rows.find((r) => r.id === 'comment-mark-000000-1')!.body).toBe(safe(HOSTILE[0]));
  });
});

it('never writes an e-mail address', async () => {
  for (const [format, what] of [['csv', 'marks'], ['csv', 'proposals'], ['csv', 'comments'], ['geojson', 'marks'], ['geojson', 'proposals']]) {
    const text = await read(await exportProcess(councillor, 'volume', { format, what }));
    expect(text, `${format} ${what}`).not.toMatch(/@example\.org/);
  }
});
