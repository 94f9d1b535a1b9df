import { cache } from 'react';

import { isPublicProcess } from '@/lib/policy/decide';
import { slugSchema, type ProcessView } from '@/lib/schemas/process';
import { db } from '@/server/db';

import { layerSetOf } from './layer-set-cache';
import { toProcessView } from './process-view';

/**
 * A process anyone may see (drafts stay private), or null when there is none under that slug.
 * The process row (its status above all) is read on every request; its layers and scenarios come
 * from the layer-set cache. `cache` shares one answer between a page's layout, metadata and body.
 */
export const getPublicProcess = cache(async (slug: string): Promise<ProcessView | null> => {
  if (!slugSchema.safeParse(slug).success) return null;
  const process = await db.process.findUnique({ where: { slug } });
  if (!process || !isPublicProcess(process.status)) return null;
  const { layers, scenarios } = await layerSetOf(process.id);
  return toProcessView(process, layers, scenarios);
});
