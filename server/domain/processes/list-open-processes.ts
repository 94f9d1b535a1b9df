import { db } from '@/server/db';

export async function listOpenProcesses() {
  const processes = await db.process.findMany({
    where: { status: 'open' },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, slug: true, title: true, description: true, status: true, _count: { select: { layers: true } } },
  });
  return processes.map(({ _count, ...process }) => ({ ...process, layerCount: _count.layers }));
}
