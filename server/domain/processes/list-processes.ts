import type { ProcessStatus } from '@/lib/policy/decide';
import { db } from '@/server/db';

export const PROCESSES_PER_PAGE = 50;

/** Processes in these statuses, most recently changed first, a page at a time (pages count from 1). */
export async function listProcesses(statuses: readonly ProcessStatus[], page = 1, perPage = PROCESSES_PER_PAGE) {
  const where = { status: { in: [...statuses] } };
  const [rows, total] = await Promise.all([
    db.process.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: { id: true, slug: true, title: true, description: true, question: true, language: true, translations: true, status: true, opensAt: true, closesAt: true, updatedAt: true, _count: { select: { layers: true } } },
    }),
    db.process.count({ where }),
  ]);
  return { processes: rows.map(({ _count, ...process }) => ({ ...process, layerCount: _count.layers })), total, pages: Math.max(1, Math.ceil(total / perPage)) };
}
export type ListedProcess = Awaited<ReturnType<typeof listProcesses>>['processes'][number];
