import { isPublicProcess } from '@/lib/policy/decide';
import { slugSchema, type ProcessView } from '@/lib/schemas/process';
import { db } from '@/server/db';

import { toProcessView } from './process-view';

/** A process anyone may see (drafts stay private), or null when there is none under that slug. */
export async function getPublicProcess(slug: string): Promise<ProcessView | null> {
  if (!slugSchema.safeParse(slug).success) return null;
  const process = await db.process.findUnique({
    where: { slug },
    include: { layers: { orderBy: { position: 'asc' } }, scenarios: { orderBy: { position: 'asc' }, include: { layers: true } } },
  });
  if (!process || !isPublicProcess(process.status)) return null;
  return toProcessView(process, process.layers, process.scenarios.map((s) => ({ id: s.id, name: s.name, description: s.description, layerIds: s.layers.map((l) => l.layerId) })));
}
