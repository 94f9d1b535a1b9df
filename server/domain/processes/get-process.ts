import { cache } from 'react';

import { isPublicProcess, mayOpenProcess, type ProcessStatus } from '@/lib/policy/decide';
import { processStatusSchema, slugSchema, type ProcessView } from '@/lib/schemas/process';
import { db } from '@/server/db';
import { viewingSubject } from '@/server/auth/actor';

import { layerSetOf } from './layer-set-cache';
import { processBaseOf } from './process-view-cache';

/**
 * The process the person behind this request may see (a draft: staff only), or null when there is
 * none under that slug for them. The person is read only for a draft, so public processes cost no
 * extra query. The row's status and stamp are read on every request; the rest of the view comes
 * from the process-view cache and the layer-set cache. `cache` shares one answer between a page's
 * layout, metadata and body.
 */
export const getPublicProcess = cache(async (slug: string): Promise<ProcessView | null> => {
  if (!slugSchema.safeParse(slug).success) return null;
  const row = await db.process.findUnique({ where: { slug }, select: { id: true, status: true, updatedAt: true } });
  if (!row) return null;
  if (!isPublicProcess(row.status) && !mayOpenProcess(await viewingSubject(), { id: row.id, status: row.status as ProcessStatus })) return null;
  const [base, { layers, scenarios }] = await Promise.all([processBaseOf(row), layerSetOf(row.id)]);
  // The status read just now, whatever wrote it: what may be done (a closed process, a draft) never waits for the stamp.
  return { ...base, status: processStatusSchema.parse(row.status), layers, scenarios };
});
