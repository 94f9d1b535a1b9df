// "You said, we did": answered proposals only, latest answer first, a page at a time, never hidden
// or draft ones, each with the layers recorded with its answer (the default layers for older answers).
import { beforeAll, expect, it } from 'vitest';

import { freshDatabase, seedPeople, seedProcess, seedProposals } from '@/server/testing/large-seed';

import type { answerLayerIds as AnswerLayerIds, listOutcomes as ListOutcomes } from './list-outcomes';

let listOutcomes: typeof ListOutcomes;
let answerLayerIds: typeof AnswerLayerIds;
let processId: string;
const layers = [{ id: 'trees', visibleByDefault: true }, { id: 'floods', visibleByDefault: false }];

beforeAll(async () => {
  const db = await freshDatabase();
  ({ listOutcomes, answerLayerIds } = await import('./list-outcomes'));
  processId = (await seedProcess(db)).id;
  const [author, councillor] = await seedPeople(db, 2);
  const ids = await seedProposals(db, processId, author, 30);
  // Proposals 0..24 answered, proposal i on day i (so 24 is the latest); 10 answered twice, last on day 40.
  for (let i = 0; i < 25; i++) {
    await db.officialAnswer.create({ data: { proposalId: ids[i], authorId: councillor, body: `Answer ${i}`, status: 'accepted', createdAt: new Date(Date.UTC(2026, 5, 1 + i)), layerIds: i === 3 ? JSON.stringify(['floods', 'gone']) : null } });
  }
  await db.officialAnswer.create({ data: { proposalId: ids[10], authorId: councillor, body: 'Answer 10, later', status: 'implemented', createdAt: new Date(Date.UTC(2026, 6, 10)) } });
  await db.proposal.update({ where: { id: ids[24] }, data: { hiddenAt: new Date(), hiddenReason: 'abuse' } });
  await db.proposal.update({ where: { id: ids[23] }, data: { status: 'draft' } });
});

it('lists answered, visible proposals by their latest answer, a page at a time', async () => {
  const first = await listOutcomes(processId, layers, 1, 10);
  expect(first).toMatchObject({ total: 23, page: 1, pages: 3 });
  expect(first.outcomes.map((o) => o.id)).toEqual(['proposal-10', ...[22, 21, 20, 19, 18, 17, 16, 15, 14].map((i) => `proposal-${i}`)]);
  expect(first.outcomes[0].answer).toMatchObject({ body: 'Answer 10, later', status: 'implemented' });
  const last = await listOutcomes(processId, layers, 3, 10);
  expect(last.outcomes.map((o) => o.id)).toEqual(['proposal-2', 'proposal-1', 'proposal-0']);
  expect((await listOutcomes(processId, layers, 99, 10)).page).toBe(3);
});

it('gives the layers recorded with the answer, or the default layers for older answers', async () => {
  const all = (await listOutcomes(processId, layers, 1, 50)).outcomes;
  expect(all.find((o) => o.id === 'proposal-3')!.layerIds).toEqual(['floods']);
  expect(all.find((o) => o.id === 'proposal-4')!.layerIds).toEqual(['trees']);
  expect(answerLayerIds('[]', layers)).toEqual([]);
});
