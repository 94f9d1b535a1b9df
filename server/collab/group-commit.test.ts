import { describe, expect, it } from 'vitest';

import { GroupCommit, MAX_GROUP } from './group-commit';

/** A store whose writes wait until the test lets them finish (or fail). */
function heldStore() {
  const writes: { group: number[]; finish(): void; fail(): void }[] = [];
  const store = (group: number[]) => new Promise<void>((resolve, reject) => writes.push({ group, finish: resolve, fail: () => reject(new Error('storage is down')) }));
  return { writes, store };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('group commit', () => {
  it('writes the first change at once and the ones arriving during that write together in the next', async () => {
    const { writes, store } = heldStore();
    const commits = new GroupCommit<number>(store, () => undefined);
    const stored: number[] = [];
    for (const change of [1, 2, 3, 4]) void commits.add(change).then(() => stored.push(change));
    expect(writes.map((write) => write.group)).toEqual([[1]]);
    expect(commits.size).toBe(4);
    writes[0].finish();
    await settle();
    expect(stored).toEqual([1]);
    expect(writes.map((write) => write.group)).toEqual([[1], [2, 3, 4]]);
    writes[1].finish();
    await commits.idle();
    expect(stored).toEqual([1, 2, 3, 4]);
    expect(commits.size).toBe(0);
  });

  it('never puts more than MAX_GROUP changes in one write', async () => {
    const { writes, store } = heldStore();
    const commits = new GroupCommit<number>(store, () => undefined);
    for (let change = 0; change <= MAX_GROUP + 1; change += 1) void commits.add(change);
    writes[0].finish();
    await settle();
    expect(writes[1].group).toHaveLength(MAX_GROUP);
    writes[1].finish();
    await settle();
    expect(writes[2].group).toEqual([MAX_GROUP + 1]);
  });

  it('drops a failed group and everything waiting behind it, and carries on with what comes next', async () => {
    const { writes, store } = heldStore();
    const dropped: number[][] = [];
    const commits = new GroupCommit<number>(store, (lost) => dropped.push(lost));
    const outcomes = [1, 2, 3].map((change) => commits.add(change).then(() => 'stored', () => 'dropped'));
    writes[0].fail();
    expect(await Promise.all(outcomes)).toEqual(['dropped', 'dropped', 'dropped']);
    expect(dropped).toEqual([[1, 2, 3]]);
    expect(writes).toHaveLength(1);
    const later = commits.add(4);
    writes[1].finish();
    await later;
    expect(writes[1].group).toEqual([4]);
  });
});
