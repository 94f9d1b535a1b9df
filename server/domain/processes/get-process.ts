import { cache } from 'react';

import { isPublicProcess, mayOpenProcess, type ProcessStatus } from '@/lib/policy/decide';
import { slugSchema, type ProcessView } from '@/lib/schemas/process';
import { basemapSourceOf } from '@/server/basemaps/list-basemaps';
import { db } from '@/server/db';
import { viewingSubject } from '@/server/auth/actor';

import { layerSetOf } from './layer-set-cache';
import { toProcessView } from './process-view';

/**
 * The process the person behind this request may see (a draft: staff only), or null when there is
 * none under that slug for them. The person is read only for a draft, so public processes cost no
 * extra query. The process row (its status above all) is read on every request; its layers and
 * scenarios come from the layer-set cache. `cache` shares one answer between a page's layout,
 * metadata and body.
 */
export const getPublicProcess = cache(async (slug: string): Promise<ProcessView | null> => {
  if (!slugSchema.safeParse(slug).success) return null;
  const process = await db.process.findUnique({ where: { slug } });
  if (!process) return null;
  if (!isPublicProcess(process.status) && !mayOpenProcess(await viewingSubject(), { id: process.id, status: process.status as ProcessStatus })) return null;
  const [{ layers, scenarios }, basemap] = await Promise.all([layerSetOf(process.id), basemapSourceOf(process.basemap)]);
  return toProcessView(process, layers, scenarios, basemap);
});
